// Enhancements only: every page works without this file.
(function () {
  "use strict";

  // Copy a citation in one click where the clipboard is available.
  if (navigator.clipboard) {
    document.querySelectorAll("button.copy-citation").forEach(function (button) {
      var label = button.textContent;
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(button.getAttribute("data-citation")).then(function () {
          button.textContent = button.getAttribute("data-copied") || label;
          setTimeout(function () { button.textContent = label; }, 2000);
        });
      });
    });
  }

  // Upload with a progress bar; the answer page's main content replaces this one's.
  var form = document.getElementById("upload-form");
  if (form && window.XMLHttpRequest && window.FormData) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var box = form.querySelector(".upload-progress");
      var bar = form.querySelector("progress");
      var button = form.querySelector("button[type=submit]");
      box.hidden = false;
      button.disabled = true;
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.responseType = "document";
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
      });
      xhr.addEventListener("load", function () {
        var main = xhr.response && xhr.response.getElementById("main");
        if (main) {
          document.getElementById("main").replaceChildren.apply(document.getElementById("main"), Array.prototype.slice.call(main.childNodes));
          document.title = xhr.response.title;
          document.getElementById("main").focus();
        } else {
          form.submit();
        }
      });
      xhr.addEventListener("error", function () { form.submit(); });
      xhr.send(new FormData(form));
    });
  }
})();
