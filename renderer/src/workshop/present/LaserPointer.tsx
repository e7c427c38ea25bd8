import { useEffect, useRef } from 'react';

/** A red dot that follows the pointer (moved directly, without React renders). */
export function LaserPointer() {
  const dot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const move = (e: PointerEvent) => {
      const el = dot.current;
      if (!el) return;
      el.style.transform = `translate(${e.clientX}px, ${e.clientY}px)`;
      el.style.opacity = '1';
    };
    const hide = () => dot.current && (dot.current.style.opacity = '0');
    window.addEventListener('pointermove', move, { passive: true });
    document.documentElement.addEventListener('pointerleave', hide);
    document.body.classList.add('ws-laser-on');
    return () => {
      window.removeEventListener('pointermove', move);
      document.documentElement.removeEventListener('pointerleave', hide);
      document.body.classList.remove('ws-laser-on');
    };
  }, []);
  return <div ref={dot} className="ws-laser" aria-hidden data-testid="laser-pointer" />;
}
