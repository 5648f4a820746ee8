// A board card's actions, and an offer page's forms for one team member, are loaded in place when asked for, so the
// page carries no form per card or member. Without htmx (or with a modifier key, for a new tab) the link opens them as
// a page of their own; so does a failed load (a session that has ended, say), where the page then says what went wrong.
(function () {
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.card-act, a.member-act') : null;
    if (!link || !window.htmx || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    var href = link.getAttribute('href');
    var panelId = link.getAttribute('data-panel')
        || 'actions-' + (href.match(/\/applications\/(\d+)\/actions/) || [])[1];
    var asPage = function () { window.location.assign(href); };
    link.setAttribute('aria-busy', 'true');
    htmx.ajax('GET', href, { target: link, swap: 'outerHTML' }).then(function () {
      // Keyboard users go on where they were: the first control of the panel that replaced the link.
      var panel = document.getElementById(panelId);
      if (!panel) { asPage(); return; }
      var first = panel.querySelector('input:not([type=hidden]), select, button, a');
      if (first) { first.focus(); }
    }, asPage);
  });
}());
