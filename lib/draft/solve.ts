/**
 * Solves a draft's LP text with HiGHS (the `highs` package, WebAssembly): a time limit, the
 * status in the draft's words, the chosen binary variables, the objective and the MIP gap.
 * Synchronous once loaded: the server runs it in a worker thread (server/services/draft-worker.ts).
 */
import highsLoader, { type Highs } from "highs";
import type { SolverOutcome, SolverStatus } from "./result";

let loading: Promise<Highs> | null = null;

function highs(): Promise<Highs> {
  loading ??= highsLoader();
  return loading;
}

function statusOf(h: Highs, code: number, hasPrimal: boolean): SolverStatus {
  const s = h.constants.modelStatus;
  if (code === s.optimal || code === s.empty) return "optimal";
  if (code === s.timeLimit) return "time-limit";
  if (code === s.infeasible || code === s.unboundedOrInfeasible || !hasPrimal) return "infeasible";
  return "feasible";
}

/** Solves `lp` (CPLEX LP format, maximising) within `timeLimitSeconds`; `chosen` lists variables named x… set to 1. */
export async function solveDraftLp(lp: string, timeLimitSeconds: number): Promise<SolverOutcome> {
  const h = await highs();
  const started = performance.now();
  const model = h.createModel({ format: "lp", data: lp });
  try {
    model.options.set({ output_flag: false, time_limit: timeLimitSeconds });
    model.run();
    const code = model.getModelStatus();
    const hasPrimal = model.info.get("primal_solution_status") === h.constants.solutionStatus.feasible;
    const status = statusOf(h, code, hasPrimal);
    const chosen: string[] = [];
    let objective: number | null = null;
    let gap: number | undefined;
    if (hasPrimal) {
      for (const [i, v] of model.getSolution().colValue.entries()) {
        if (v < 0.5) continue;
        const name = model.getColName(i);
        if (name.startsWith("x")) chosen.push(name);
      }
      objective = Math.round(model.getObjectiveValue());
      const g = Number(model.info.get("mip_gap"));
      if (Number.isFinite(g)) gap = Math.max(0, g);
    }
    const seconds = Math.round(performance.now() - started) / 1000;
    return { status, chosen, objective, ...(gap === undefined ? {} : { gap }), seconds };
  } finally {
    model.dispose();
  }
}
