import { type FormEvent, startTransition } from "react";

/**
 * An onSubmit that sends the form to its action without React's reset of the boxes afterwards,
 * so a refused form keeps what was typed (a form posted without JavaScript still goes to its
 * `action`). For forms whose success navigates away or whose boxes should show what was saved.
 */
export const keepTyped = (dispatch: (data: FormData) => void) => (e: FormEvent<HTMLFormElement>) => {
  e.preventDefault();
  const data = new FormData(e.currentTarget);
  startTransition(() => dispatch(data));
};
