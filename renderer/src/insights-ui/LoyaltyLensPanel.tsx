/** Placeholder replaced by the loyalty lens view. */
export function LoyaltyLensPanel() {
  return null;
}
