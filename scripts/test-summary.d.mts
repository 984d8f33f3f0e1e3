export interface RunnerResult {
  name: string;
  passed: number;
  failed: number;
  problems: string[];
}
export interface Exit {
  status: number | null;
  error?: Error | undefined;
  output?: string | undefined;
}
export function commandResult(name: string, exit: Exit): RunnerResult;
// biome-ignore lint/suspicious/noExplicitAny: a runner's JSON report, read as it comes
export function vitestResult(run: Exit & { report: any }, name?: string): RunnerResult;
// biome-ignore lint/suspicious/noExplicitAny: a runner's JSON report, read as it comes
export function playwrightResult(run: Exit & { report: any }, name?: string): RunnerResult;
export function notRun(name: string, why: string): RunnerResult;
export function summarise(results: RunnerResult[]): { lines: string[]; passed: number; failed: number; ok: boolean };
export const NO_CHROMIUM: string;
export function chooseChromium(o: { chromiumPath: string | undefined; exists: (file: string) => boolean; bundled: string | null }): {
  path: string | null;
  problem: string | null;
};
export function buildWarnings(output: string): string[];
export function buildResult(exit: Exit): RunnerResult;
