// Turns the text in the playground's editor into a validated policy, or into problems that name the
// path (from @baton/protocol's schema) and the line in the editor (from the YAML parser's node ranges).
import { isMap, LineCounter, parseDocument, stringify, type Document } from 'yaml';
import { safeParsePolicy, type Policy } from '@baton/protocol';

export type PolicyFormat = 'yaml' | 'json';

export interface PolicyProblem {
  /** `triggers.loop.count`, `(root)`, or `(syntax)` when the text does not parse at all. */
  path: string;
  message: string;
  /** 1-based line in the editor, when it can be located. */
  line: number | null;
}

export type PolicySourceResult = { ok: true; policy: Policy; document: unknown } | { ok: false; problems: PolicyProblem[] };

/** Parses and validates policy text. JSON is read as JSON (so a trailing comma is an error), YAML as YAML. */
export function parsePolicySource(text: string, format: PolicyFormat): PolicySourceResult {
  const lines = new LineCounter();
  // YAML is a superset of JSON, so one parser gives node positions for both formats.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });

  let data: unknown;
  if (format === 'json') {
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { ok: false, problems: [jsonSyntaxProblem(text, error as Error)] };
    }
  } else {
    if (doc.errors.length > 0) {
      return {
        ok: false,
        problems: doc.errors.map((e) => ({
          path: '(syntax)',
          message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
          line: lines.linePos(e.pos[0]).line,
        })),
      };
    }
    data = doc.toJS();
  }
  if (data === null || data === undefined) {
    return { ok: false, problems: [{ path: '(root)', message: 'the policy is empty: start with "version: 1"', line: 1 }] };
  }

  const result = safeParsePolicy(data);
  if (result.ok) return { ok: true, policy: result.value, document: data };
  return {
    ok: false,
    problems: result.problems.map((p) => ({ ...p, line: locate(doc, lines, p.path, p.message) })),
  };
}

/** Renders a policy document in the other format, for the editor's YAML/JSON switch. */
export function formatPolicyDocument(document: unknown, format: PolicyFormat): string {
  return format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : stringify(document, { flowCollectionPadding: true });
}

function jsonSyntaxProblem(text: string, error: Error): PolicyProblem {
  // V8: "… in JSON at position 42 (line 3 column 5)"; older engines give only the position.
  const lineMatch = /line (\d+) column \d+/.exec(error.message);
  const positionMatch = /position (\d+)/.exec(error.message);
  let line: number | null = lineMatch ? Number(lineMatch[1]) : null;
  if (line === null && positionMatch) line = text.slice(0, Number(positionMatch[1])).split('\n').length;
  return { path: '(syntax)', message: error.message.replace(/^JSON\.parse: /, ''), line };
}

/**
 * The line of the node a schema problem is about. An unknown key points at the key itself; a path
 * that is not in the document (a missing required field) points at its nearest ancestor.
 */
function locate(doc: Document, lines: LineCounter, path: string, message: string): number | null {
  const segments = path === '(root)' ? [] : path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (let depth = segments.length; depth >= 0; depth--) {
    const node = (depth === 0 ? doc.contents : doc.getIn(segments.slice(0, depth), true)) as { range?: [number, number, number] } | null;
    if (!node || typeof node !== 'object' || !node.range) continue;
    const unknownKey = depth === segments.length ? /Unrecognized keys?: "([^"]+)"/.exec(message)?.[1] : undefined;
    if (unknownKey && isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === unknownKey);
      const range = (pair?.key as { range?: [number, number, number] } | null)?.range;
      if (range) return lines.linePos(range[0]).line;
    }
    return lines.linePos(node.range[0]).line;
  }
  return null;
}
