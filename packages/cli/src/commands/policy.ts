import { compilePolicy, diffDecisions, replayConversation, ReplayTotals, effectiveTopicRules } from '@baton/core';
import { lintTopicRule } from '@baton/core/lint';
import { registerAllLanguages } from '@baton/core/languages/all';
import { TRIGGER_IDS, formatProblems, triggerLabel, type Policy } from '@baton/protocol';
import { CliError, parseCommandArgs, type Command } from '../command.js';
import { openLines, readConversations } from '../conversations-file.js';
import { createOutput } from '../output.js';
import { indent, loadPolicy, readPolicyFile } from '../policy-file.js';
import { createProgress, sameTerminal } from '../progress.js';

// Diffs replay conversations in any of the six languages: every language pack, registered once.
registerAllLanguages();

const HELP = `usage: baton policy lint FILE
       baton policy diff [--json] [--limit N] A B CONVERSATIONS.jsonl

lint   validates a policy document (YAML for .yaml/.yml, else JSON) and warns about settings
       that are legal but probably not meant: a rule with no words for a language the policy
       supports, a topic keyword or pattern that can never match the folded message (uppercase or
       accented letters in a pattern, a keyword of punctuation only, a "*" the matcher ignores), a
       pattern that matches every message, a duplicate. Warnings do not change the exit status.
diff   replays the conversations through policy A and policy B, shows per trigger how escalation
       volume changes and lists the conversations whose decision changes (--limit, default 50;
       --json prints every change as one JSON line instead). Input lines follow the rules of
       "baton replay --help"; bad lines are reported on stderr and counted in the table.`;

const policy: Command = async (argv) => {
  const [sub, ...rest] = argv;
  if (sub === 'lint') return lint(rest);
  if (sub === 'diff') return diff(rest);
  if (sub === undefined || sub === '--help' || sub === '-h') {
    console.log(HELP);
    return sub === undefined ? 2 : 0;
  }
  throw new CliError(`policy: unknown subcommand "${sub}" (expected lint or diff)\n\n${HELP}`, 2);
};

async function lint(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('policy lint', argv, { allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`policy lint: expected one FILE, got ${positionals.length}\n\n${HELP}`, 2);
  const file = positionals[0]!;
  const result = await readPolicyFile(file);
  if (!result.ok) {
    console.error(`${file}: invalid policy\n${indent(formatProblems(result.problems))}`);
    return 1;
  }
  const warnings = lintWarnings(result.policy);
  const rules = effectiveTopicRules(result.policy).filter((r) => r.enabled);
  console.log(`${file}: ok — policy "${result.policy.name}" (version ${result.policy.version}), ${rules.length} topic rules, languages ${result.policy.languages.join(', ')}`);
  for (const warning of warnings) console.log(`  warning: ${warning}`);
  return 0;
}

/** Settings the schema accepts but an author probably did not mean. */
export function lintWarnings(policy: Policy): string[] {
  const warnings: string[] = [];
  const { triggers } = policy;
  if (triggers.low_confidence.enabled && triggers.low_confidence.threshold >= 0.95) {
    warnings.push(`triggers.low_confidence.threshold: ${triggers.low_confidence.threshold} hands over almost every AI reply`);
  }
  if (triggers.low_confidence.enabled && triggers.low_confidence.threshold === 0) {
    warnings.push('triggers.low_confidence.threshold: 0 never fires; set enabled: false to say so');
  }
  if (policy.review.enabled && !triggers.low_confidence.enabled) {
    warnings.push('review.enabled: review only holds low-confidence replies, but triggers.low_confidence is disabled');
  }
  if (triggers.inactivity.enabled && triggers.inactivity.aiTimeoutMs < 2_000) {
    warnings.push(`triggers.inactivity.aiTimeoutMs: ${triggers.inactivity.aiTimeoutMs} ms is shorter than most AI replies take`);
  }
  effectiveTopicRules(policy).forEach((rule) => {
    if (!rule.enabled) return;
    for (const language of policy.languages) {
      if ((rule.keywords?.[language]?.length ?? 0) === 0 && (rule.patterns?.[language]?.length ?? 0) === 0) {
        warnings.push(`topics.${rule.id}: no keywords or patterns for "${language}", so it never fires in that language`);
      }
    }
  });
  // The keywords and patterns as the author wrote them, named by their path in the document.
  const defaults = policy.extends === 'default' ? effectiveTopicRules({ ...policy, topics: [] }) : [];
  policy.topics.forEach((rule, at) => {
    const inherited = defaults.find((r) => r.id === rule.id);
    for (const warning of lintTopicRule(rule, policy.languages, inherited)) {
      const path = `topics.${at}.${warning.field}.${warning.language}${warning.index === undefined ? '' : `.${warning.index}`}`;
      warnings.push(`${path}${warning.entry === undefined ? '' : ` "${warning.entry}"`} (topic "${rule.id}"): ${warning.problem}`);
    }
  });
  if (!triggers.topic.enabled) warnings.push('triggers.topic.enabled: false turns off every topic rule, safety included');
  return warnings;
}

async function diff(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('policy diff', argv, {
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, limit: { type: 'string', default: '50' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length !== 3) throw new CliError(`policy diff: expected A B CONVERSATIONS.jsonl, got ${positionals.length} arguments\n\n${HELP}`, 2);
  // Number('') is 0: match digits so an empty --limit= is an error, not "show none".
  const limit = /^\d+$/.test(values.limit) ? Number(values.limit) : NaN;
  if (!Number.isSafeInteger(limit)) throw new CliError(`policy diff: --limit expects a whole number, 0 or more, got "${values.limit}"`, 2);
  const [fileA, fileB, conversations] = positionals as [string, string, string];
  const [a, b] = [compilePolicy(await loadPolicy(fileA)), compilePolicy(await loadPolicy(fileB))];
  const source = openLines(conversations);
  const totalsA = new ReplayTotals();
  const totalsB = new ReplayTotals();
  const progress = createProgress(source.size, source.bytesRead);
  // In a terminal, changes (--json) and the bar share the screen: each write moves the bar below it.
  const out = createOutput(process.stdout, sameTerminal(process.stdout, process.stderr) ? progress.around : undefined);
  const shown: string[] = [];
  let changed = 0;
  let invalid = 0;

  try {
    await readConversations(source, conversations, {
      onConversation: (conversation) => {
        const before = replayConversation(a, conversation).decision;
        const after = replayConversation(b, conversation).decision;
        totalsA.add(before);
        totalsB.add(after);
        progress.tick();
        const change = diffDecisions(before, after);
        if (!change) return;
        changed++;
        if (values.json) return out.line(JSON.stringify(change));
        if (shown.length < limit) shown.push(`  ${change.id}: ${describe(change.before)} → ${describe(change.after)}`);
      },
      onBadLine: (lineNumber, message) => {
        invalid++;
        progress.message(`baton policy diff: line ${lineNumber}: ${message}`);
      },
      onWarning: (lineNumber, message) => progress.message(`baton policy diff: line ${lineNumber}: warning: ${message}`),
      stop: () => out.closed,
    });
  } catch (error) {
    if (error instanceof CliError) throw new CliError(`policy diff: ${error.message}`, error.exitCode);
    throw new CliError(`policy diff: reading ${conversations}: ${(error as Error).message}`);
  } finally {
    // Output first: the bar's last state then stays below the last line written.
    await out.flush();
    progress.done();
  }
  if (values.json) return invalid > 0 ? 1 : 0;

  const pct = (t: ReplayTotals, n: number) => `${(t.rate(n) * 100).toFixed(1)}%`;
  const rows = TRIGGER_IDS.map((t) => {
    const [na, nb] = [totalsA.byTrigger.get(t) ?? 0, totalsB.byTrigger.get(t) ?? 0];
    return [triggerLabel(t), `${na} (${pct(totalsA, na)})`, `${nb} (${pct(totalsB, nb)})`, signed(nb - na)];
  });
  rows.push(['All escalations', `${totalsA.escalated} (${pct(totalsA, totalsA.escalated)})`, `${totalsB.escalated} (${pct(totalsB, totalsB.escalated)})`, signed(totalsB.escalated - totalsA.escalated)]);
  const header = ['Trigger', `A: ${fileA}`, `B: ${fileB}`, 'Change'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const skipped = invalid ? ` (${invalid} invalid line${invalid === 1 ? '' : 's'} skipped)` : '';
  console.log([`${totalsA.conversations} conversations${skipped}`, '', fmt(header), rule, ...rows.slice(0, -1).map(fmt), rule, fmt(rows[rows.length - 1]!)].join('\n'));
  console.log(`\n${changed} conversation${changed === 1 ? ' changes' : 's change'} decision${changed > shown.length ? ` (first ${shown.length} shown)` : ''}${changed ? ':' : '.'}`);
  if (shown.length) console.log(shown.join('\n'));
  return invalid > 0 ? 1 : 0;
}

function describe(d: import('@baton/protocol').ReplayDecision): string {
  if (!d.escalated) return 'stays with the AI';
  return `${d.trigger}${d.rule ? `/${d.rule}` : ''} (${d.severity}, ${d.transfer}, ${d.kind}) at message ${d.messageIndex}`;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export default policy;
