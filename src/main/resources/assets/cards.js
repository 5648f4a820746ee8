// A board card's actions are loaded into the card when asked for, so the board carries no form per card. Without
// htmx (or with a modifier key, for a new tab) the link opens them as a page of their own.
(function () {
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.card-act') : null;
    if (!link || !window.htmx || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    var id = (link.getAttribute('href').match(/\/applications\/(\d+)\/actions/) || [])[1];
    link.setAttribute('aria-busy', 'true');
    htmx.ajax('GET', link.getAttribute('href'), { target: link, swap: 'outerHTML' }).then(function () {
      // Keyboard users go on where they were: the first action of the panel that replaced the link.
      var panel = document.getElementById('actions-' + id);
      var first = panel && panel.querySelector('button, a');
      if (first) { first.focus(); }
    });
  });
}());
