// Fills in the candidate's time zone from the browser, unless they typed one; the form works the same without it.
(function () {
  document.addEventListener('DOMContentLoaded', function () {
    var field = document.getElementById('timeZone');
    var form = field && field.form;
    if (!field || !form || field.getAttribute('aria-invalid') === 'true' || form.querySelector('.error[id$="-error"]')) {
      return;
    }
    try {
      var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (zone) { field.value = zone; }
    } catch (e) { /* an old browser keeps the company's zone */ }
  });
}());
