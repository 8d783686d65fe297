// herald's web UI: hovering an event's trigger in an article lights its
// row in the table of events, and hovering a row lights its trigger.
"use strict";
(function () {
  function light(id, on) {
    document.querySelectorAll('[data-event="' + CSS.escape(id) + '"]').forEach(function (el) {
      el.classList.toggle("lit", on);
    });
  }
  document.addEventListener("mouseover", function (e) {
    var el = e.target.closest && e.target.closest("[data-event]");
    if (el) light(el.getAttribute("data-event"), true);
  });
  document.addEventListener("mouseout", function (e) {
    var el = e.target.closest && e.target.closest("[data-event]");
    if (el) light(el.getAttribute("data-event"), false);
  });
})();
