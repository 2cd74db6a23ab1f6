using System;
using System.Globalization;
using System.Text.Json;

namespace Briefings.Cli.Watch.Server;

/// <summary>
/// The script the live server adds to every HTML page it serves (never to the files on disk). Errors are shown
/// with textContent, never as HTML: a diagnostic quotes the fact text that broke, and that text may be hostile.
/// </summary>
internal static class LiveScript
{
    public const string OverlayId = "briefings-live-errors";

    public static string Inject(string html, LiveState state)
    {
        // JsonSerializer's default encoder writes <, > and & as \u003C..., so no text can close the script element.
        var errors = JsonSerializer.Serialize(state.Errors);
        var script = $$"""
<script data-briefings-live>
(() => {
  const show = (lines) => {
    let box = document.getElementById('{{OverlayId}}');
    if (!lines.length) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement('pre');
      box.id = '{{OverlayId}}';
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;margin:0;padding:1rem;background:#fff0f0;color:#8b0000;border-top:3px solid #c00;font:13px/1.4 monospace;white-space:pre-wrap;z-index:2147483647';
      document.body.appendChild(box);
    }
    box.textContent = lines.join('\n');
  };
  show({{errors}});
  const events = new EventSource('{{LiveServer.EventsPath}}?v={{state.Version.ToString(CultureInfo.InvariantCulture)}}');
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('errors', (e) => show(JSON.parse(e.data)));
})();
</script>

""";
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + script : html[..end] + script + html[end..];
    }
}
