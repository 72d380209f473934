/** A JSON syntax error or duplicate key, located by 1-based line and column. */
export class JsonDocumentError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'JsonDocumentError';
  }
}

/** Deeper than this is no hand-written document; the limit keeps recursion off the stack's edge. */
const MAX_DEPTH = 500;

/**
 * Parses a JSON document (RFC 8259, as JSON.parse accepts it) and refuses duplicate keys, which
 * JSON.parse resolves silently in favour of the last one: in a policy or config a duplicate is a
 * mistake (the YAML parser refuses them too). Errors carry a line and column, which JSON.parse's
 * messages do not always give.
 */
export function parseJsonDocument(text: string): unknown {
  let at = 0;

  const fail = (message: string, position = at): never => {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    throw new JsonDocumentError(message, line, position - lineStart + 1);
  };
  const syntaxError = (message: string, position = at): never => fail(`not valid JSON: ${message}`, position);
  const found = (position = at) => (position >= text.length ? 'the end of the file' : JSON.stringify(text[position]));
  const skipWhitespace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const expect = (char: string, what: string) => {
    skipWhitespace();
    if (text[at] !== char) syntaxError(`expected ${what}, found ${found()}`);
    at++;
  };

  const parseString = (): string => {
    const start = at;
    at++; // the opening quote
    let escaped = false;
    for (;;) {
      if (at >= text.length) syntaxError('a string is not closed', start);
      const code = text.charCodeAt(at);
      if (code === 0x22) break;
      if (code < 0x20) syntaxError('a control character inside a string must be escaped (\\n, \\t, \\u0000…)');
      if (code === 0x5c) {
        escaped = true;
        const next = text[at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) syntaxError('expected four hex digits after \\u');
          at += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) syntaxError(`expected an escape such as \\n or \\u00e9 after "\\", found ${found(at + 1)}`);
        at += 2;
        continue;
      }
      at++;
    }
    at++; // the closing quote
    // The scan above has checked every escape, so JSON.parse only decodes them.
    return escaped ? (JSON.parse(text.slice(start, at)) as string) : text.slice(start + 1, at - 1);
  };

  const parseNumber = (): number => {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = at;
    const number = match.exec(text);
    if (!number) syntaxError(`expected a value, found ${found()}`);
    at += number![0].length;
    return Number(number![0]);
  };

  const parseValue = (path: string[]): unknown => {
    skipWhitespace();
    if (path.length > MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} levels deep`);
    const char = text[at];
    if (char === '{') return parseObject(path);
    if (char === '[') return parseArray(path);
    if (char === '"') return parseString();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return value;
      }
    }
    return parseNumber();
  };

  const parseObject = (path: string[]): Record<string, unknown> => {
    at++; // {
    const object: Record<string, unknown> = {};
    skipWhitespace();
    if (text[at] === '}') {
      at++;
      return object;
    }
    for (;;) {
      skipWhitespace();
      if (text[at] !== '"') syntaxError(`expected a key in double quotes, found ${found()}`);
      const keyAt = at;
      const key = parseString();
      if (Object.hasOwn(object, key)) {
        fail(`duplicate key ${JSON.stringify(key)}${path.length ? ` in ${path.join('.')}` : ''}`, keyAt);
      }
      expect(':', '":" after a key');
      // defineProperty: a "__proto__" key is data, as JSON.parse keeps it, not the object's prototype.
      Object.defineProperty(object, key, { value: parseValue([...path, key]), enumerable: true, writable: true, configurable: true });
      skipWhitespace();
      if (text[at] === '}') {
        at++;
        return object;
      }
      expect(',', '"," or "}" after a value');
    }
  };

  const parseArray = (path: string[]): unknown[] => {
    at++; // [
    const array: unknown[] = [];
    skipWhitespace();
    if (text[at] === ']') {
      at++;
      return array;
    }
    for (;;) {
      array.push(parseValue([...path, String(array.length)]));
      skipWhitespace();
      if (text[at] === ']') {
        at++;
        return array;
      }
      expect(',', '"," or "]" after a value');
    }
  };

  const document = parseValue([]);
  skipWhitespace();
  if (at < text.length) syntaxError(`expected the end of the file after the document, found ${found()}`);
  return document;
}
