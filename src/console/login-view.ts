import { ApiError, api, errorMessage } from "./api.js";
import { h } from "./dom.js";

/**
 * The login form: the token goes to `/api/session` once, and the server answers with an
 * HttpOnly session cookie. The token is kept nowhere in the page, the address or storage.
 */
export function loginView(options: { notice?: string; onLoggedIn(): void }): HTMLElement {
  const input = h("input", {
    id: "token",
    name: "token",
    type: "password",
    autocomplete: "current-password",
    required: true,
    spellcheck: false,
    autocapitalize: "off",
    "aria-describedby": "token-help login-error",
  });
  const error = h("p", { id: "login-error", class: "error-text", role: "alert" });
  const submit = h("button", { type: "submit", class: "button primary" }, "Log in");
  const form = h(
    "form",
    { class: "login-form" },
    h("label", { for: "token" }, "Token"),
    input,
    h(
      "p",
      { id: "token-help", class: "muted" },
      "The one codemode serve was started with (--token or CODEMODE_TOKEN).",
    ),
    submit,
    error,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.textContent = "";
    try {
      await api.login(input.value);
      input.value = "";
      options.onLoggedIn();
    } catch (failure) {
      input.setAttribute("aria-invalid", "true");
      error.textContent =
        failure instanceof ApiError && failure.status === 401
          ? "Wrong token: this gateway was started with another one."
          : errorMessage(failure);
      input.select();
      input.focus();
    } finally {
      submit.disabled = false;
    }
  });
  queueMicrotask(() => input.focus());
  return h(
    "section",
    { class: "login", "aria-labelledby": "login-title" },
    h("h1", { id: "login-title" }, "Log in to the codemode console"),
    h(
      "p",
      null,
      "This gateway needs its token. The console keeps your login in a session cookie, never in the address.",
    ),
    options.notice
      ? h("p", { class: "notice notice-warning", role: "status" }, options.notice)
      : null,
    form,
  );
}
