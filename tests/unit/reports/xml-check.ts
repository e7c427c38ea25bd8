/**
 * A small XML well-formedness check for the SVG we write (Node has no
 * DOMParser): balanced tags, one root, quoted unique attributes, no raw `<`
 * or stray `&` in text. Returns null when well-formed, else what is wrong.
 */
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;
const NAME = '[A-Za-z_][\\w:.-]*';
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
const ATTR = new RegExp(`(${NAME})\\s*=`, 'g');

function checkText(text: string, at: number): string | null {
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    if (!ENTITY.test(text.slice(i))) return `stray & at ${at + i}`;
  }
  return null;
}

export function xmlProblem(xml: string): string | null {
  let i = 0;
  const stack: string[] = [];
  let roots = 0;
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt === -1 ? body.length : lt);
    const bad = checkText(text, i);
    if (bad) return bad;
    if (stack.length === 0 && text.trim()) return `text outside the root at ${i}`;
    if (lt === -1) break;
    const rest = body.slice(lt);
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end === -1) return 'unclosed comment';
      i = lt + end + 3;
      continue;
    }
    const m = TAG.exec(rest);
    if (!m) return `malformed tag at ${lt}: ${rest.slice(0, 40)}`;
    const [whole, closing, name, attrs, selfClosing] = m;
    const names = [...(attrs ?? '').matchAll(ATTR)].map((a) => a[1]);
    if (new Set(names).size !== names.length) return `duplicate attribute in <${name}> at ${lt}`;
    const values = [...(attrs ?? '').matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)].map((a) => a[1] ?? a[2] ?? '');
    for (const v of values) {
      const badValue = checkText(v, lt);
      if (badValue) return badValue;
    }
    if (closing) {
      if (stack.pop() !== name) return `unexpected </${name}> at ${lt}`;
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) {
      roots++;
    }
    i = lt + whole.length;
  }
  if (stack.length > 0) return `unclosed <${stack[stack.length - 1]}>`;
  if (roots !== 1) return `expected one root element, found ${roots}`;
  return null;
}
