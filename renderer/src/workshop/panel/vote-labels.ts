/** What each vote target is called in the voting panel. */
export const TARGET_LABELS = { pain: 'Pain points', opportunity: 'Opportunities', touchpoint: 'Touchpoints' } as const;
