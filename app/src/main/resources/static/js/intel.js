// Events page: choosing an attacker in the drop-down applies the filters at once.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var select = document.getElementById('attacker');
    if (select) {
      select.addEventListener('change', function () { select.form.submit(); });
    }
  });
}());
