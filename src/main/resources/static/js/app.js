// htmx requests carry the CSRF token that plain forms send as a hidden field.
document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// "Add a person" on the signal form asks for the next numbered block; the number is how many blocks there are.
document.addEventListener("htmx:configRequest", function (event) {
    if (event.detail.elt && event.detail.elt.id === "add-subject") {
        event.detail.parameters.index = document.querySelectorAll("#subjects .subject").length;
    }
});

// A form sent by htmx with a <progress data-upload-progress> inside shows how much of its file has been sent.
document.addEventListener("htmx:xhr:progress", function (event) {
    var bar = event.target.querySelector && event.target.querySelector("progress[data-upload-progress]");
    if (bar && event.detail.lengthComputable) {
        bar.hidden = false;
        bar.max = event.detail.total;
        bar.value = event.detail.loaded;
    }
});
