/**
 * Where is a JSON text broken? JavaScript engines word (and sometimes omit)
 * the position in their JSON.parse errors differently, so when parsing fails
 * this scanner walks the text itself and reports the first offending offset
 * with its line and column. It is iterative, so deep nesting cannot overflow
 * the stack.
 */

export interface JsonSyntaxProblem {
  /** UTF-16 offset of the first character that is wrong (the text's length at an early end). */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in characters (code points). */
  column: number;
  /** What the scanner expected there, e.g. "a comma or }". */
  expected: string;
}

const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** 1-based line and column (in code points) of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    const c = text.charCodeAt(i);
    // Count a surrogate pair once.
    if (!(
      c >= 0xdc00 &&
      c <= 0xdfff &&
      i > lineStart &&
      text.charCodeAt(i - 1) >= 0xd800 &&
      text.charCodeAt(i - 1) <= 0xdbff
    )) {
      column++;
    }
  }
  return { line, column };
}

class Problem {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

/** The first syntax problem in `text`, or null when it is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  const n = text.length;
  let i = 0;
  const stack: ('array' | 'object')[] = [];

  const skipWhitespace = () => {
    while (i < n && isWhitespace(text.charCodeAt(i))) i++;
  };
  const expect = (what: string): never => {
    throw new Problem(i, what);
  };
  const scanString = () => {
    // text[i] is the opening quote.
    i++;
    for (;;) {
      if (i >= n) expect('a closing quote "');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) expect('no line breaks or control characters inside a string (use \\n)');
      if (c === 0x5c) {
        i++;
        const e = text[i];
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (!isHex(text.charCodeAt(i + k))) {
              i += k;
              expect('four hex digits after \\u');
            }
          }
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i++;
        } else {
          expect('a valid escape such as \\n or \\"');
        }
      } else {
        i++;
      }
    }
  };
  const scanDigits = () => {
    if (!isDigit(text.charCodeAt(i))) expect('a digit');
    while (isDigit(text.charCodeAt(i))) i++;
  };
  const scanNumber = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else scanDigits();
    if (text[i] === '.') {
      i++;
      scanDigits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      scanDigits();
    }
  };
  const scanLiteral = (word: string) => {
    for (let k = 0; k < word.length; k++) {
      if (text[i] !== word[k]) expect(`“${word}”`);
      i++;
    }
  };

  try {
    let wantValue = true;
    for (;;) {
      skipWhitespace();
      if (wantValue) {
        const c = text[i];
        if (c === '{') {
          i++;
          skipWhitespace();
          if (text[i] === '}') {
            i++;
            wantValue = false;
            continue;
          }
          stack.push('object');
          if (text[i] !== '"') expect('a property name in double quotes');
          scanString();
          skipWhitespace();
          if (text[i] !== ':') expect('a colon after the property name');
          i++;
          continue;
        }
        if (c === '[') {
          i++;
          skipWhitespace();
          if (text[i] === ']') {
            i++;
            wantValue = false;
            continue;
          }
          stack.push('array');
          continue;
        }
        if (c === '"') scanString();
        else if (c === '-' || (c !== undefined && isDigit(c.charCodeAt(0)))) scanNumber();
        else if (c === 't') scanLiteral('true');
        else if (c === 'f') scanLiteral('false');
        else if (c === 'n') scanLiteral('null');
        else expect('a value');
        wantValue = false;
        continue;
      }
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (i < n) expect('the end of the text');
        return null;
      }
      const c = text[i];
      if (c === ',') {
        i++;
        if (top === 'object') {
          skipWhitespace();
          if (text[i] !== '"') expect('a property name in double quotes');
          scanString();
          skipWhitespace();
          if (text[i] !== ':') expect('a colon after the property name');
          i++;
        }
        wantValue = true;
      } else if ((top === 'object' && c === '}') || (top === 'array' && c === ']')) {
        i++;
        stack.pop();
      } else {
        expect(top === 'object' ? 'a comma or }' : 'a comma or ]');
      }
    }
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    const offset = Math.min(error.offset, n);
    return { offset, ...lineAndColumn(text, offset), expected: error.expected };
  }
}
