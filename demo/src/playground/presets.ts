// Starting points for the playground's editor. The first spells out the default policy's settings
// so an author sees every knob; the others are small, realistic edits with a visible effect.

export interface PolicyPreset {
  name: string;
  description: string;
  yaml: string;
}

export const POLICY_PRESETS: readonly PolicyPreset[] = [
  {
    name: 'Default',
    description: 'Baton’s default policy, every trigger setting written out',
    yaml: `# Baton's default policy, written out. Edit any value: the results update as you type.
version: 1
name: my-policy
extends: default          # keep Baton's default topic rules (legal, fraud, medical, finance, safety)
languages: [en, es, fr, de, pt, it]
triggers:
  explicit_request: { severity: medium, transfer: warm }   # always on
  low_confidence: { threshold: 0.5, severity: medium, transfer: warm }
  sentiment: { threshold: -0.3, window: 3, minNegative: 2, distress: true, severity: high }
  repeat_contact: { windowHours: 72 }
  loop: { count: 3 }
  inactivity: { aiTimeoutMs: 30000, stallMs: null, transfer: cold, severity: low }
review: { enabled: false, floor: 0.3 }
`,
  },
  {
    name: 'Review band',
    description: 'Hold replies between 0.3 and 0.5 confidence for a reviewer instead of a live takeover',
    yaml: `version: 1
name: review-band
triggers:
  low_confidence: { threshold: 0.5 }
review:
  enabled: true
  floor: 0.3      # 0.3 <= confidence < 0.5: held for review; below 0.3: live takeover
`,
  },
  {
    name: 'Patient',
    description: 'Fewer handoffs: a lower confidence bar, longer loops, sustained anger only',
    yaml: `version: 1
name: patient
triggers:
  low_confidence: { threshold: 0.25 }
  loop: { count: 4 }
  sentiment: { threshold: -0.6, window: 3, minNegative: 3, distress: true }
  repeat_contact: { enabled: false }
`,
  },
  {
    name: 'Finance off, warranty on',
    description: 'Turn a default topic rule off and add a rule of your own',
    yaml: `version: 1
name: warranty-team
topics:
  - id: finance
    enabled: false
  - id: warranty
    label: Warranty claims
    severity: low
    transfer: cold
    route: warranty
    keywords:
      en: ["warranty", "guarantee*", "zip broke"]
      de: ["garantie"]
`,
  },
];
