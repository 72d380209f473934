export { fold, tokenize } from './text.js';
export { detectExplicitRequest, type ExplicitRequestMatch } from './detectors/explicit-request.js';
export { readSentiment, type SentimentReading } from './detectors/sentiment.js';
export { compileTopics, type TopicMatch, type TopicMatcher } from './detectors/topic.js';
export { defaultPolicy, compilePolicy, effectiveTopicRules, prepareLanguages, type CompiledPolicy } from './policy.js';
export { registerLanguagePacks, registeredLanguages, type LanguagePack } from './languages/language-pack.js';
export { guessLanguages } from './languages/language-hints.js';
export { evaluate, initialState, afterHandBack, type ConversationState, type Evaluation } from './evaluate.js';
export { createRedactor, luhn, ibanValid, type Redactor, type Redaction, type RedactionKind } from './redaction.js';
export { buildSummary, fitHostSummary, redactTranscript, type Summarizer, type SummaryInput, type HandoffContext } from './summary.js';
export {
  conversationMachine,
  NO_HANDOFF,
  prepareHandoff,
  type ConversationMachine,
  type ConversationContext,
  type ConversationEvent,
  type ConversationEmitted,
  type ConversationInput,
  type OfflineReason,
} from './conversation.machine.js';
export { replayConversation, diffDecisions, ReplayTotals, type ReplayOutcome, type DecisionChange } from './replay.js';
