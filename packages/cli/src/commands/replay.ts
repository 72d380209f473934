import { compilePolicy, defaultPolicy, replayConversation, ReplayTotals } from '@baton/core';
import { registerAllLanguages } from '@baton/core/languages/all';
import { TRIGGER_IDS, triggerLabel } from '@baton/protocol';
import { CliError, parseCommandArgs, statsCount, type Command } from '../command.js';
import { openLines, readConversations } from '../conversations-file.js';
import { createOutput } from '../output.js';
import { loadPolicy } from '../policy-file.js';
import { createProgress, sameTerminal } from '../progress.js';

// Replay reads conversations in any of the six languages: every language pack, registered once.
registerAllLanguages();

const HELP = `usage: baton replay [--policy FILE] [--json] CONVERSATIONS.jsonl

Runs each conversation (one JSON object per line; "-" reads standard input, and a pipe such as
<(zcat f.jsonl.gz) works too) through a policy (default: Baton's default policy) and reports one
decision per conversation.

  --policy FILE  policy document, JSON or YAML
  --json         one JSON decision per line on stdout instead of the summary table

Bad lines are reported on stderr with their line number (at most 5 problems each); the other
lines still run. A line over 8 MiB, with over 10,000 messages or contacts, with bytes that are
not UTF-8, or with a message whose "at" is earlier than an earlier message's, is a bad line.
After 100 bad lines in a row replay stops: the input is not a conversations file.
A conversation id seen on an earlier line is a warning; both lines run. To keep memory flat,
only the first 100,000 distinct ids are remembered.
Exit status: 0 when every line was valid, 1 when some line was not, 2 on a usage error.`;

const replay: Command = async (argv) => {
  const { values, positionals } = parseCommandArgs('replay', argv, {
    options: { policy: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`replay: expected one CONVERSATIONS.jsonl file, got ${positionals.length}\n\n${HELP}`, 2);
  const policy = values.policy ? await loadPolicy(values.policy) : defaultPolicy;
  const compiled = compilePolicy(policy);
  const file = positionals[0]!;
  const source = openLines(file);
  const totals = new ReplayTotals();
  const progress = createProgress(source.size, source.bytesRead);
  // In a terminal, decisions (--json) and the bar share the screen: each write moves the bar below it.
  const out = createOutput(process.stdout, sameTerminal(process.stdout, process.stderr) ? progress.around : undefined);

  try {
    await readConversations(source, file, {
      onConversation: (conversation) => {
        const { decision } = replayConversation(compiled, conversation);
        totals.add(decision);
        progress.tick();
        if (values.json) return out.line(JSON.stringify(decision));
      },
      onBadLine: (lineNumber, message) => {
        totals.invalid++;
        progress.message(`baton replay: line ${lineNumber}: ${message}`);
      },
      onWarning: (lineNumber, message) => progress.message(`baton replay: line ${lineNumber}: warning: ${message}`),
      stop: () => out.closed,
    });
  } catch (error) {
    if (error instanceof CliError) throw new CliError(`replay: ${error.message}`, error.exitCode);
    throw new CliError(`replay: reading ${file}: ${(error as Error).message}`);
  } finally {
    // Output first: the bar's last state then stays below the last line written.
    await out.flush();
    progress.done();
  }
  statsCount.value = totals.conversations;

  if (!values.json) console.log(renderTable(totals, policy.name));
  return totals.invalid > 0 ? 1 : 0;
};

export function renderTable(totals: ReplayTotals, policyName: string): string {
  const pct = (n: number) => `${(totals.rate(n) * 100).toFixed(1)}%`;
  const rows: string[][] = TRIGGER_IDS.map((t) => [triggerLabel(t), String(totals.byTrigger.get(t) ?? 0), pct(totals.byTrigger.get(t) ?? 0)]);
  rows.push(['All escalations', String(totals.escalated), pct(totals.escalated)]);
  const header = ['Trigger', 'Conversations', 'Rate'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const lines = [
    `Policy "${policyName}" over ${totals.conversations} conversations${totals.invalid ? ` (${totals.invalid} invalid line${totals.invalid === 1 ? '' : 's'} skipped)` : ''}`,
    '',
    fmt(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(0, -1).map(fmt),
    widths.map((w) => '-'.repeat(w)).join('  '),
    fmt(rows[rows.length - 1]!),
  ];
  if (totals.byRule.size > 0) {
    lines.push('', 'Policy topics: ' + [...totals.byRule.entries()].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`).join(', '));
  }
  return lines.join('\n');
}

export default replay;
