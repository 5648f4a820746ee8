// Says at once when a chosen file is over the limit, instead of after a long upload; the server checks again.
(function () {
  function tooLarge(input) {
    var max = parseInt(input.getAttribute('data-max-bytes'), 10);
    var files = Array.prototype.slice.call(input.files || []);
    var big = files.filter(function (file) { return file.size > max; })[0];
    return big ? '\u201c' + big.name + '\u201d is ' + (big.size / 1048576).toFixed(1) + ' MB; each file can be at most '
      + Math.round(max / 1048576) + ' MB. Nothing was sent: share a link to a larger file instead.' : '';
  }
  function show(input) {
    var message = tooLarge(input);
    var note = document.getElementById(input.id + '-size');
    if (note) { note.textContent = message; }
    input.setAttribute('aria-invalid', message ? 'true' : 'false');
    return message;
  }
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('input[type=file][data-max-bytes]')) { show(event.target); }
  });
  document.addEventListener('submit', function (event) {
    var inputs = event.target.querySelectorAll('input[type=file][data-max-bytes]');
    for (var i = 0; i < inputs.length; i++) {
      if (show(inputs[i])) { event.preventDefault(); inputs[i].focus(); return; }
    }
  });
}());
