// grantbook serve: small progressive touches; every page works without this file.
// A filter or period picker submits itself when changed.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form.filters select, form.filters input[type=date]").forEach(function (el) {
    el.addEventListener("change", function () { el.form.submit(); });
  });
  // The language switch (and the reload banner) come back to this very page, its picks
  // (period, as-of date, filters) included; without this file, to the page alone.
  document.querySelectorAll("#lang-switch, #changed form").forEach(function (el) {
    var attr = el.tagName === "FORM" ? "action" : "href";
    var u = new URL(el.getAttribute(attr), location.href);
    u.searchParams.set("back", location.pathname + location.search);
    el.setAttribute(attr, u.pathname + u.search);
  });
  // Printed, every rule explained is open (a closed <details> prints its summary only).
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  // An embedded report grows to its content, so the page scrolls once and prints whole.
  document.querySelectorAll("iframe.report").forEach(function (f) {
    f.addEventListener("load", function () {
      try { f.style.height = (f.contentDocument.documentElement.scrollHeight + 20) + "px"; } catch (e) { /* keep the fixed height */ }
    });
  });
});
