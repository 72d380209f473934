// The policy playground: edit a policy, see at once how it would have handled 240 recorded
// conversations, how that differs from the default policy, and why, message by message.
// Rendering is lit-html: every value is bound as text, never parsed as HTML.
import { html, nothing, render } from 'lit';
import { compilePolicy, defaultPolicy } from '@baton/core';
import { triggerLabel } from '@baton/protocol/vocabulary';
import samplesText from './samples.jsonl?raw';
import { formatPolicyDocument, parsePolicySource, type PolicyFormat, type PolicyProblem } from './policy-source.js';
import { POLICY_PRESETS } from './presets.js';
import { compareReports, describeOutcome, parseSamples, runReplay, traceConversation, type ReplayReport, type ReportComparison } from './replay-report.js';

const root = document.querySelector<HTMLElement>('#playground')!;
const samples = parseSamples(samplesText).conversations;
const byId = new Map(samples.map((c) => [c.id, c]));
const baseline = runReplay(compilePolicy(defaultPolicy), samples);

interface Result {
  report: ReplayReport;
  comparison: ReportComparison;
  compiled: ReturnType<typeof compilePolicy>;
  ms: number;
}

const state = {
  format: 'yaml' as PolicyFormat,
  text: POLICY_PRESETS[0]!.yaml,
  preset: POLICY_PRESETS[0]!.name,
  problems: [] as PolicyProblem[],
  /** The last valid policy's results: kept (dimmed) while the editor holds an invalid one. */
  result: null as Result | null,
  stale: false,
  document: null as unknown,
  traced: samples.find((c) => c.id.includes('-loop-'))?.id ?? samples[0]!.id,
  showAllChanges: false,
  notice: '',
};

function evaluateEditor(): void {
  const parsed = parsePolicySource(state.text, state.format);
  if (!parsed.ok) {
    state.problems = parsed.problems;
    state.stale = state.result !== null;
    return;
  }
  const started = performance.now();
  const compiled = compilePolicy(parsed.policy);
  const report = runReplay(compiled, samples);
  state.problems = [];
  state.stale = false;
  state.document = parsed.document;
  state.result = { report, comparison: compareReports(baseline, report), compiled, ms: performance.now() - started };
}

let timer: ReturnType<typeof setTimeout> | undefined;
function onEdit(event: Event): void {
  state.text = (event.target as HTMLTextAreaElement).value;
  state.notice = '';
  clearTimeout(timer);
  timer = setTimeout(() => {
    evaluateEditor();
    update();
  }, 250);
}

function choosePreset(event: Event): void {
  const preset = POLICY_PRESETS.find((p) => p.name === (event.target as HTMLSelectElement).value)!;
  state.preset = preset.name;
  const parsed = parsePolicySource(preset.yaml, 'yaml');
  state.text = state.format === 'json' && parsed.ok ? formatPolicyDocument(parsed.document, 'json') : preset.yaml;
  state.notice = `Loaded the “${preset.name}” preset.`;
  evaluateEditor();
  update();
  editor().value = state.text;
}

function chooseFormat(format: PolicyFormat): void {
  if (format === state.format) return;
  const parsed = parsePolicySource(state.text, state.format);
  state.format = format;
  if (parsed.ok) {
    state.text = formatPolicyDocument(parsed.document, format);
    state.notice = `Converted the policy to ${format.toUpperCase()}.`;
  } else {
    state.notice = `Now reading the editor as ${format.toUpperCase()}; fix the problems below to convert it.`;
  }
  evaluateEditor();
  update();
  editor().value = state.text;
}

function editor(): HTMLTextAreaElement {
  return root.querySelector<HTMLTextAreaElement>('#policy-editor')!;
}

/** Puts the caret on the problem's line, so fixing it is one click away. */
function goToLine(line: number | null): void {
  if (line === null) return;
  const area = editor();
  const lines = area.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
}

function trace(id: string): void {
  state.traced = id;
  update();
  root.querySelector<HTMLElement>('#trace')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

// A narrow no-break space: the sign never wraps onto a line of its own.
const percent = (value: number) => `${(value * 100).toFixed(1)}\u202f%`;

function editorPanel() {
  const invalid = state.problems.length > 0;
  return html`<section class="panel editor" aria-labelledby="editor-title">
    <h1 id="editor-title">Policy playground</h1>
    <p class="lede">Edit the policy: every change replays ${samples.length} recorded conversations through it, in your browser.</p>
    <div class="editor__controls">
      <label class="field">Start from
        <select name="preset" @change=${choosePreset} .value=${state.preset}>
          ${POLICY_PRESETS.map((p) => html`<option value=${p.name} ?selected=${p.name === state.preset}>${p.name}</option>`)}
        </select>
      </label>
      <fieldset class="segmented">
        <legend class="visually-hidden">Policy format</legend>
        ${(['yaml', 'json'] as const).map(
          (format) => html`<label>
            <input type="radio" name="format" value=${format} .checked=${state.format === format} @change=${() => chooseFormat(format)} />
            <span>${format.toUpperCase()}</span>
          </label>`,
        )}
      </fieldset>
    </div>
    <p class="muted small">${POLICY_PRESETS.find((p) => p.name === state.preset)?.description}</p>
    <label class="visually-hidden" for="policy-editor">Policy</label>
    <textarea
      id="policy-editor"
      spellcheck="false"
      wrap="off"
      autocapitalize="off"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby="policy-status"
      @input=${onEdit}
    ></textarea>
    <div id="policy-status" class="status" role="status" aria-live="polite">
      ${state.notice ? html`<p class="muted small">${state.notice}</p>` : nothing}
      ${invalid
        ? html`<p class="status__bad">${state.problems.length === 1 ? '1 problem' : `${state.problems.length} problems`}: the results show the last valid policy.</p>`
        : html`<p class="status__ok">Valid policy${state.result ? html` · replayed in ${state.result.ms.toFixed(0)} ms` : nothing}</p>`}
    </div>
    ${invalid
      ? html`<ul class="problems" aria-label="Policy problems">
          ${state.problems.map(
            (p) => html`<li>
              <button type="button" class="problem" @click=${() => goToLine(p.line)} ?disabled=${p.line === null}>
                ${p.line !== null ? html`<span class="problem__line">line ${p.line}</span>` : nothing}
                <code class="problem__path">${p.path}</code>
                <span>${p.message}</span>
              </button>
            </li>`,
          )}
        </ul>`
      : nothing}
  </section>`;
}

function chart(result: Result) {
  const max = Math.max(0.05, ...result.report.byTrigger.map((r) => r.rate), ...baseline.byTrigger.map((r) => r.rate));
  return html`<section class="panel" aria-labelledby="chart-title">
    <h2 id="chart-title">Escalation rate by trigger</h2>
    <p class="legend small"><span class="swatch swatch--policy"></span> this policy <span class="swatch swatch--default"></span> default policy</p>
    <table class="rates">
      <thead>
        <tr><th scope="col">Trigger</th><th scope="col"><span class="visually-hidden">Chart</span></th><th scope="col">This policy</th><th scope="col">Default</th></tr>
      </thead>
      <tbody>
        ${result.report.byTrigger.map((row, i) => {
          const before = baseline.byTrigger[i]!;
          const delta = row.count - before.count;
          return html`<tr data-trigger=${row.trigger}>
            <th scope="row">${row.label}</th>
            <td class="bars" aria-hidden="true">
              <span class="bar bar--policy" style="inline-size: ${(row.rate / max) * 100}%"></span>
              <span class="bar bar--default" style="inline-size: ${(before.rate / max) * 100}%"></span>
            </td>
            <td class="num">${row.count} · ${percent(row.rate)}
              ${delta !== 0 ? html`<span class=${delta > 0 ? 'delta delta--up' : 'delta delta--down'}>${delta > 0 ? `+${delta}` : delta}</span>` : nothing}</td>
            <td class="num muted">${before.count} · ${percent(before.rate)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${result.report.byRule.length > 0
      ? html`<p class="small muted">Topic rules: ${result.report.byRule.map((r, i) => html`${i > 0 ? ', ' : ''}<code>${r.rule}</code> ${r.count}`)}</p>`
      : nothing}
  </section>`;
}

function summary(result: Result) {
  const { report, comparison } = result;
  return html`<section class="summary" aria-label="Summary">
    <div class="stat"><span class="stat__value">${report.conversations}</span><span class="stat__label">conversations</span></div>
    <div class="stat"><span class="stat__value" data-testid="escalated">${report.escalated} · ${percent(report.rate)}</span><span class="stat__label">handed to a person</span></div>
    <div class="stat"><span class="stat__value">${baseline.escalated} · ${percent(baseline.rate)}</span><span class="stat__label">with the default policy</span></div>
    <div class="stat"><span class="stat__value" data-testid="changed">${comparison.changes.length}</span><span class="stat__label">decisions change</span></div>
  </section>`;
}

function diff(result: Result) {
  const { changes } = result.comparison;
  const shown = state.showAllChanges ? changes : changes.slice(0, 12);
  return html`<section class="panel" aria-labelledby="diff-title">
    <h2 id="diff-title">Against the default policy</h2>
    ${changes.length === 0
      ? html`<p class="muted">No conversation is decided differently from the default policy.</p>`
      : html`<table class="diff">
            <thead><tr><th scope="col">Conversation</th><th scope="col">Default policy</th><th scope="col">This policy</th><th scope="col"><span class="visually-hidden">Trace</span></th></tr></thead>
            <tbody>
              ${shown.map(
                (change) => html`<tr>
                  <td><code>${change.id}</code></td>
                  <td>${describeOutcome(change.before)}${change.before.escalated ? html` <span class="muted small">at message ${change.before.messageIndex + 1}</span>` : nothing}</td>
                  <td>${describeOutcome(change.after)}${change.after.escalated ? html` <span class="muted small">at message ${change.after.messageIndex + 1}</span>` : nothing}</td>
                  <td><button type="button" class="link" @click=${() => trace(change.id)} aria-label=${`Trace ${change.id}`}>Trace</button></td>
                </tr>`,
              )}
            </tbody>
          </table>
          ${changes.length > shown.length
            ? html`<button type="button" class="button button--quiet" @click=${() => ((state.showAllChanges = true), update())}>Show all ${changes.length} changes</button>`
            : nothing}`}
  </section>`;
}

function traceView(result: Result) {
  const conversation = byId.get(state.traced) ?? samples[0]!;
  const steps = traceConversation(result.compiled, conversation);
  const outcome = result.report.outcomes.get(conversation.id);
  return html`<section class="panel" id="trace" aria-labelledby="trace-title">
    <h2 id="trace-title">Decision trace</h2>
    <label class="field">Conversation
      <select @change=${(e: Event) => trace((e.target as HTMLSelectElement).value)} .value=${conversation.id}>
        ${samples.map((c) => {
          const o = result.report.outcomes.get(c.id);
          return html`<option value=${c.id} ?selected=${c.id === conversation.id}>${c.id} — ${o ? describeOutcome(o.decision) : ''}</option>`;
        })}
      </select>
    </label>
    <p class="trace__verdict">
      ${outcome?.decision.escalated
        ? html`<strong>${outcome.decision.kind === 'review' ? 'Held for review' : 'Hands over'}:</strong> ${outcome.reason}`
        : html`<strong>No handoff:</strong> the assistant keeps the conversation.`}
    </p>
    ${conversation.contacts.length > 0
      ? html`<p class="small muted">Earlier contacts: ${conversation.contacts.map((c) => `${c.topic} on ${c.at.slice(0, 16).replace('T', ' ')}`).join(', ')}</p>`
      : nothing}
    <ol class="trace">
      ${steps.map(
        (step) => html`<li class=${`step step--${step.message.role}${step.handsOver ? ' step--handover' : ''}${step.afterHandoff ? ' step--after' : ''}`}>
          <div class="step__head">
            <span class="step__role">${step.message.role === 'bot' ? 'AI' : 'Customer'}</span>
            <span class="muted small">${step.message.at?.slice(11, 19) ?? ''}</span>
            ${step.message.role === 'bot'
              ? html`<span class="chip">confidence ${step.message.confidence?.toFixed(2) ?? '—'}</span>
                  ${step.message.intent ? html`<span class="chip">intent ${step.message.intent}${step.intentRun && step.intentRun > 1 ? ` ×${step.intentRun}` : ''}</span>` : nothing}`
              : html`<span class="chip">sentiment ${step.sentiment?.toFixed(2) ?? '—'}</span>`}
          </div>
          <p class="step__text">${step.message.text}</p>
          <p class="step__verdict">
            ${step.decision
              ? html`<span class="verdict verdict--escalate">${step.decision.kind === 'review' ? (step.handsOver ? 'Hold for review' : 'Would hold for review') : step.handsOver ? 'Hand over' : 'Would hand over'}: ${triggerLabel(step.decision.trigger)}${step.decision.rule ? ` (${step.decision.rule})` : ''} · ${step.decision.severity} · ${step.decision.transfer}</span>
                  <span class="small muted">${step.decision.reason}</span>`
              : html`<span class="verdict">evaluate(): carry on</span>`}
            ${step.afterHandoff ? html`<span class="small muted">After the handoff: a person has the conversation by now.</span>` : nothing}
          </p>
        </li>`,
      )}
    </ol>
  </section>`;
}

function update(): void {
  const result = state.result;
  render(
    html`${editorPanel()}
      <div class=${`results${state.stale ? ' results--stale' : ''}`}>
        ${result ? html`${summary(result)} ${chart(result)} ${diff(result)} ${traceView(result)}` : html`<p>Fix the policy to see results.</p>`}
      </div>`,
    root,
  );
}

evaluateEditor();
update();
editor().value = state.text;
