// The service editor's live preview. After typing stops, the editor's form is
// sent to the preview address and the preview is replaced with the fragment
// that comes back. Nothing is saved. Without this script the preview still
// updates whenever the form is saved.
(function startLivePreview() {
  const form = document.querySelector("form[data-preview-url]");
  const preview = form && document.getElementById(form.dataset.previewTarget || "");
  if (!form || !preview) return;
  const WAIT_AFTER_TYPING_MS = 600;
  let timer;
  let pending;

  async function refresh() {
    if (pending) pending.abort();
    const current = new AbortController();
    pending = current;
    preview.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(form.dataset.previewUrl, {
        method: "POST",
        body: new FormData(form),
        credentials: "same-origin",
        headers: { accept: "text/html" },
        signal: current.signal,
      });
      if (response.ok) preview.innerHTML = await response.text();
    } catch (error) {
      // A refresh overtaken by the next keystroke is abandoned on purpose;
      // any other failure leaves the last preview in place until saving.
      if (error.name !== "AbortError") preview.dataset.previewFailed = "true";
    } finally {
      if (pending === current) preview.removeAttribute("aria-busy");
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(refresh, WAIT_AFTER_TYPING_MS);
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
})();
