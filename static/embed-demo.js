// The host page's own script: listens to the widgets' events, adds a second
// widget after 2 s, and removes / re-adds the first on demand.
const events = document.getElementById('events');
for (const type of ['login-help:change', 'login-help:contact']) {
  document.addEventListener(type, (e) => {
    const item = document.createElement('li');
    item.textContent = `${type} from #${e.target.id}: ${JSON.stringify(e.detail)}`;
    events.append(item);
  });
}

setTimeout(() => {
  const widget = document.createElement('login-help');
  widget.id = 'widget-en';
  widget.setAttribute('lang', 'en');
  widget.setAttribute('theme', 'dark');
  // The owner's text, all that shows if the loader itself never runs.
  const call = document.createElement('a');
  call.href = 'tel:95588';
  call.textContent = '95588';
  widget.append('Can\'t log in? Call the ICBC hotline ', call, '.');
  document.getElementById('slot-en').append(widget);
}, 2000);

const toggle = document.getElementById('toggle');
const slot = document.getElementById('slot-zh');
const zh = document.getElementById('widget-zh');
toggle.addEventListener('click', () => {
  if (zh.isConnected) {
    zh.remove();
    toggle.textContent = 'Re-add the Chinese widget';
  } else {
    slot.append(zh);
    toggle.textContent = 'Remove the Chinese widget';
  }
});
