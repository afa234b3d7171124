// grantbook serve: small progressive touches; every page works without this file.
// A filter or period picker submits itself when changed.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form.filters select, form.filters input[type=date]").forEach(function (el) {
    el.addEventListener("change", function () { el.form.submit(); });
  });
  // An embedded report grows to its content, so the page scrolls once and prints whole.
  document.querySelectorAll("iframe.report").forEach(function (f) {
    f.addEventListener("load", function () {
      try { f.style.height = (f.contentDocument.documentElement.scrollHeight + 20) + "px"; } catch (e) { /* keep the fixed height */ }
    });
  });
});
