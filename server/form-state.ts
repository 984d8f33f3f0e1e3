/** The shape server actions answer forms with; safe to import from client components. */
export interface FormState {
  ok: boolean;
  message: string;
  fields: Record<string, string>;
  /** Extra data from the service's refusal, e.g. the fit arithmetic. */
  details?: Record<string, unknown>;
  /** The service's error code when refused (e.g. unauthorized, forbidden, bad_request). */
  code?: string;
}

export const emptyFormState: FormState = { ok: false, message: "", fields: {} };
