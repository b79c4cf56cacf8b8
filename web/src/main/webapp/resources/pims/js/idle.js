/*
 * The idle warning of staff pages: p:idleMonitor calls warn() after the idle time less the warning; the dialog counts
 * down and, unless the person stays, presses the page's logout button. "Stay" sends a request, which keeps the
 * server's session alive too.
 */
var pims = window.pims || {};
pims.idle = (function () {
    var countdown = null;
    return {
        warn: function (seconds) {
            var left = seconds;
            var shown = document.getElementById('idle-seconds');
            shown.textContent = left;
            PF('idleWarning').show();
            countdown = setInterval(function () {
                left -= 1;
                shown.textContent = left;
                if (left <= 0) {
                    clearInterval(countdown);
                    document.getElementById('session:logout').click();
                }
            }, 1000);
        },
        stay: function () {
            clearInterval(countdown);
            PF('idleWarning').hide();
        }
    };
}());
