// login-help.js: the one script a page includes. It defines <login-help>;
// every such element becomes a widget in its own shadow root. The wasm is
// fetched and instantiated once per page, relative to this file, so the
// folder can be served from any path or origin.
import init, { LoginHelpWidget } from './login-help-app.js';

const here = new URL('./', import.meta.url);
let loading = null;
let reported = false;

function loadWasm() {
  loading ??= init({ module_or_path: new URL('login-help-app_bg.wasm', here) });
  return loading;
}

// Each message is split around the hotline, which becomes a tel: link.
const FALLBACK = {
  zh: { loading: ['正在加载登录帮助……如需帮助,请拨打工商银行客服热线 ', '。'],
        failed: ['登录帮助暂时无法显示。请拨打工商银行客服热线 ', ',转人工服务。'] },
  en: { loading: ['Loading login help… For help now, call the ICBC hotline ', '.'],
        failed: ['Login help cannot be shown right now. Call the ICBC hotline ', ' and ask for a human agent.'] },
};
const TAGS = { zh: 'zh-CN', en: 'en' };

/// Shows one fallback message in the element's language, as text nodes and a link.
function say(fallback, lang, which) {
  const [before, after] = FALLBACK[lang][which];
  const call = document.createElement('a');
  call.href = 'tel:95588';
  call.textContent = '95588';
  fallback.lang = TAGS[lang];
  fallback.replaceChildren(before, call, after);
}

function fallbackLang(el) {
  const tag = el.getAttribute('lang') || navigator.language || 'zh';
  return tag.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

class LoginHelpElement extends HTMLElement {
  static get observedAttributes() {
    return ['lang', 'symptoms', 'theme', 'sync-url'];
  }

  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!root.firstChild) {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = new URL('login-help.css', here).href;
      const fallback = document.createElement('p');
      fallback.className = 'lh-fallback';
      fallback.setAttribute('role', 'status');
      const mount = document.createElement('div');
      mount.className = 'lh-mount';
      root.append(css, fallback, mount);
    }
    const fallback = root.querySelector('.lh-fallback');
    if (this.widget) return;
    fallback.hidden = false;
    say(fallback, fallbackLang(this), 'loading');
    const attempt = (this.attempt = {});
    loadWasm()
      .then(() => {
        if (this.attempt !== attempt || !this.isConnected) return;
        this.widget = new LoginHelpWidget(this, root.querySelector('.lh-mount'));
        fallback.hidden = true;
      })
      .catch((error) => {
        // Blocked or failed download, or a failure while mounting: keep a readable message.
        fallback.hidden = false;
        say(fallback, fallbackLang(this), 'failed');
        if (!reported) {
          reported = true;
          console.error('login-help: the widget could not load, so a short fallback is shown.', error);
        }
      });
  }

  disconnectedCallback() {
    this.attempt = null;
    if (this.widget) {
      this.widget.unmount();
      this.widget.free();
      this.widget = null;
    }
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after) this.widget?.attributeChanged(name);
  }
}

if (!customElements.get('login-help')) customElements.define('login-help', LoginHelpElement);
