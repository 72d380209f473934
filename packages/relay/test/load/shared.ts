/** Shared by the benchmark server and driver processes. */
export const BENCH_AGENT_SECRET = 'bench-agent-secret-0123456789-abcdefghij';

export interface LatencyResult {
  handoffMs: number[];
  roundTripMs: number[];
}

export interface ThroughputResult {
  /** Messages acknowledged (stored and forwarded). */
  acked: number;
  /** Messages the agents received. */
  delivered: number;
  seconds: number;
}
