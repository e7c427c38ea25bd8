// @vitest-environment happy-dom
/** The emotion picker writes its scores as every figure of the app does: a true minus sign (−3), not a hyphen. */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EmotionPicker } from '../../../renderer/src/editor/inspector/fields';

afterEach(cleanup);

describe('EmotionPicker', () => {
  it('shows −3 … +3 with a minus sign, in the numbers and their tooltips', () => {
    const { container } = render(<EmotionPicker label="Emotion" value={null} onChange={() => undefined} />);
    const numbers = [...container.querySelectorAll('.emotion-option-num')].map((n) => n.textContent);
    expect(numbers).toEqual(['−3', '−2', '−1', '0', '+1', '+2', '+3']);
    const angry = container.querySelectorAll('.emotion-option')[0]!;
    expect(angry.getAttribute('title')).toContain('−3');
    expect(angry.getAttribute('title')).not.toContain('-3');
  });
});
