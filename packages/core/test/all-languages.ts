// Imported first by the tests that run the detectors: they test all six languages, as replay runs them.
import { registerAllLanguages } from '../src/languages/all.js';

registerAllLanguages();
