// Analyst page: Enter asks (Shift+Enter starts a new line), an answered question empties the
// box, and a failed request says so. Answers arrive as HTML the server has escaped; this script
// sets only text, never markup.
(function () {
  'use strict';

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('ask');
    var question = document.getElementById('question');
    var transcript = document.getElementById('transcript');
    var failure = document.getElementById('ask-error');
    if (!form || !question || !transcript || !failure) {
      return;
    }

    function fail(text) {
      failure.textContent = text;
      failure.hidden = false;
    }

    question.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        if (!form.classList.contains('htmx-request')) {
          form.requestSubmit();
        }
      }
    });

    form.addEventListener('htmx:beforeRequest', function () {
      failure.hidden = true;
      failure.textContent = '';
    });

    form.addEventListener('htmx:afterRequest', function (event) {
      if (event.detail.successful) {
        question.value = '';
        question.focus();
      }
    });

    form.addEventListener('htmx:responseError', function (event) {
      fail('The analyst could not answer (HTTP ' + event.detail.xhr.status + '). Try again,'
          + ' or reload the page.');
    });

    form.addEventListener('htmx:sendError', function () {
      fail('Needle did not answer. Is the server running?');
    });

    transcript.addEventListener('htmx:afterSwap', function () {
      var last = transcript.lastElementChild;
      if (last) {
        last.scrollIntoView({ block: 'nearest' });
      }
    });

    question.focus();
    question.setSelectionRange(question.value.length, question.value.length);
  });
}());
