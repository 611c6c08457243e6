// Sends the CSRF token with every htmx request; the page carries it in two meta tags.
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});

// Elements marked data-confirm ask before their form is submitted; the question is the attribute's
// (translated) value.
document.addEventListener("submit", (event) => {
  const question = event.target.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// HS suggestions (templates/taxonomy/hs-suggest.html): picking one fills the code field of its box.
document.addEventListener("click", (event) => {
  const pick = event.target.closest("[data-hs-code]");
  const box = pick && pick.closest(".hs-classify");
  const field = box && box.querySelector("[data-hs-code-field]");
  if (field) {
    field.value = pick.getAttribute("data-hs-code");
    field.dispatchEvent(new Event("change", { bubbles: true }));
    field.focus();
  }
});
