import { Angry, Annoyed, Frown, Laugh, Meh, Smile, SmilePlus, type LucideIcon } from 'lucide-react';
import { emotionLevel } from '../../domain/vocabulary';

/**
 * The emotion scale's faces as icons (not emoji), so they draw the same on
 * every machine with no emoji font: 😄 Delighted, 🙂 Happy, 🙂 Satisfied
 * (lighter), 😐 Neutral, 🙁 Uneasy (lighter), 🙁 Frustrated, 😠 Angry.
 */
const FACES: Record<number, { Icon: LucideIcon; light?: boolean }> = {
  3: { Icon: Laugh },
  2: { Icon: SmilePlus },
  1: { Icon: Smile, light: true },
  0: { Icon: Meh },
  [-1]: { Icon: Annoyed, light: true },
  [-2]: { Icon: Frown },
  [-3]: { Icon: Angry },
};

export function EmotionFace({ score, size = 14 }: { score: number; size?: number }) {
  const level = emotionLevel(score);
  const face = FACES[level.score]!;
  return <face.Icon size={size} aria-hidden strokeWidth={2.25} style={face.light ? { opacity: 0.75 } : undefined} />;
}
