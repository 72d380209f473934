import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonDocumentError, parseJsonDocument } from '../src/json-document.js';

const failure = (text: string) => {
  try {
    parseJsonDocument(text);
  } catch (error) {
    if (error instanceof JsonDocumentError) return `${error.line}:${error.column} ${error.message}`;
    throw error;
  }
  return 'parsed';
};

describe('parseJsonDocument', () => {
  it('reads what JSON.parse reads, to the same value', () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom('', ' ', '\n\t', '\r\n'), (json, space) => {
        const text = `${space}${json}${space}`;
        expect(parseJsonDocument(text)).toEqual(JSON.parse(text));
      }),
    );
    expect(parseJsonDocument('{"a":"\\u00e9\\n\\"\\/","b":[-0.5e+3,0,true,false,null]}')).toEqual({ a: 'é\n"/', b: [-500, 0, true, false, null] });
  });

  it.each(['', '{', '{"a":1,}', '[1,]', '01', '1.', '.5', '+1', "{'a':1}", '{a:1}', '"\t"', '"\\x"', '"\\u12"', 'tru', 'NaN', '{"a":1}}', '\u00a01'])(
    'refuses %j, as JSON.parse does',
    (text) => {
      expect(() => JSON.parse(text)).toThrow(SyntaxError);
      expect(failure(text)).toMatch(/^\d+:\d+ not valid JSON: /);
    },
  );

  it('names the line and column of a syntax error', () => {
    expect(failure('{\n  "version": 1,\n  "name": x\n}')).toBe('3:11 not valid JSON: expected a value, found "x"');
    expect(failure('{"version": 1')).toBe('1:14 not valid JSON: expected "," or "}" after a value, found the end of the file');
  });

  it('refuses a duplicate key, naming where it is and the object it is in', () => {
    expect(failure('{\n  "triggers": { "loop": { "count": 3,\n    "count": 4 } }\n}')).toBe('3:5 duplicate key "count" in triggers.loop');
    expect(failure('{"version": 1, "version": 1}')).toBe('1:16 duplicate key "version"');
    // Compared once decoded: "\u0061" is "a".
    expect(failure('[{"a": 1, "\\u0061": 2}]')).toBe('1:11 duplicate key "a" in 0');
  });

  it('keeps a "__proto__" key as data, as JSON.parse does', () => {
    const document = parseJsonDocument('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.keys(document)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(document)).toBe(Object.prototype);
  });
});
