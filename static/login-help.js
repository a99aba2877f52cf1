// login-help.js: the one script a page includes. It defines <login-help>;
// every such element becomes a widget in its own shadow root.
//
// It runs as a module or, included by mistake without type="module", as a
// classic script (no import/export, no import.meta), and depends on no other
// file: if the app, the wasm or the stylesheet cannot load, the element
// shows a readable message with 95588 as a tel: link instead of a blank box.
// Everything else is fetched relative to this file, once per page.
(() => {
  const OURS = Symbol.for('login-help.loader');
  function nameTaken() {
    console.error('login-help: the page already defines its own <login-help> element, so this widget is not ' +
      'loaded and the existing element is left alone. Remove the other definition or load only one of them.');
  }
  const taken = window.customElements?.get('login-help');
  if (taken) {
    // Ours already (the loader included twice) is fine; anything else is the host's.
    if (!taken[OURS]) nameTaken();
    return;
  }

  // The build replaces these with content-hashed names.
  const APP = 'login-help-app.js';
  const WASM = 'login-help-app_bg.wasm';
  const CSS = 'login-help.css';

  // Where the other files are, found once, when the first element needs
  // them. A classic script knows its own element; a module cannot name
  // import.meta (a classic parse would fail on it), but its relative import()
  // resolves against its own URL, and the app exports that URL. `data-base`
  // on the script tag or on a <login-help> overrides both, for hosts that
  // serve the files apart from the loader or bundle it.
  //
  // The npm package's entry (index.js, written by scripts/package.mjs) is
  // this file with PACKAGED replaced by the files as a bundler sees them,
  // `import('./…')` and `new URL('./…', import.meta.url)`, which Vite and
  // others copy, rename and rewrite; served as plain files, the same
  // expressions find them next to index.js.
  const PACKAGED = null;
  const script = document.currentScript;
  let here = null;
  /// The files in one folder, by their names in it.
  function inFolder(folder) {
    return {
      app: () => import(/* @vite-ignore */ new URL(APP, folder).href),
      wasm: () => new URL(WASM, folder),
      css: () => new URL(CSS, folder),
    };
  }
  function files(el) {
    here ??= (() => {
      const given = el.dataset.base ?? script?.dataset.base ?? document.querySelector('script[data-base]')?.dataset.base;
      if (given) return Promise.resolve(inFolder(new URL(given, document.baseURI)));
      if (PACKAGED) return Promise.resolve(PACKAGED);
      if (script?.src) return Promise.resolve(inFolder(new URL('./', script.src)));
      // Through a variable, so that bundlers of the package's entry leave it alone.
      const self = `./${APP}`;
      return import(/* @vite-ignore */ self).then((app) => inFolder(new URL('./', app.url)));
    })();
    return here;
  }
  // A page whose CSP allows styles by nonce passes it on the loader's <script>
  // (or on each <login-help nonce>); the stylesheet link carries it. A module
  // cannot find its own tag, so it takes the page's script nonce.
  const scriptNonce = script?.nonce || [...document.scripts].find((s) => s.nonce)?.nonce || '';

  let exports = null;
  let loading = null;
  let reported = false;
  function loadApp(el) {
    loading ??= files(el).then(async (where) => {
      const app = await where.app();
      exports = await app.default({ module_or_path: where.wasm() });
      return app;
    });
    return loading;
  }

  // Each message is split around the hotline, which becomes a tel: link. The
  // traditional ones are the simplified ones converted as the widget's own
  // text is (a test in tests/content.rs checks that they are).
  const FALLBACK = {
    zh: { loading: ['正在加载登录帮助……如需帮助,请拨打工商银行客服热线 ', '。'],
          failed: ['登录帮助暂时无法显示。请拨打工商银行客服热线 ', ',转人工服务。'] },
    hant: { loading: ['正在載入登入幫助……如需幫助,請撥打工商銀行客服熱線 ', '。'],
            failed: ['登入幫助暫時無法顯示。請撥打工商銀行客服熱線 ', ',轉人工服務。'] },
    en: { loading: ['Loading login help… For help now, call the ICBC hotline ', '.'],
          failed: ['Login help cannot be shown right now. Call the ICBC hotline ', ' and ask for a human agent.'] },
  };
  const TAGS = { zh: 'zh-CN', hant: 'zh-Hant', en: 'en' };

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
    const tag = (el.getAttribute('lang') || navigator.language || 'zh').toLowerCase().replace('_', '-');
    if (tag.startsWith('en')) return 'en';
    // As the widget reads it (Lang::parse): the Hant script, or its regions.
    return /^zh-(hant|tw|hk|mo)(-|$)/.test(tag) ? 'hant' : 'zh';
  }

  /// Styles the fallback needs before (or without) the stylesheet, set through
  /// the CSSOM, which a strict CSP allows: left to right and out of reach of
  /// the host's text decorations whatever the host page says.
  function guard(fallback) {
    const style = fallback.style;
    style.setProperty('direction', 'ltr');
    style.setProperty('unicode-bidi', 'isolate');
    style.setProperty('box-sizing', 'border-box');
    style.setProperty('width', '100%');
    style.setProperty('margin', '0');
  }

  function showFallback(fallback, shown) {
    fallback.hidden = !shown;
    fallback.style.setProperty('display', shown ? 'inline-block' : 'none');
  }

  function stylesheet(el) {
    const nonce = el.nonce || scriptNonce;
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    if (nonce) css.nonce = nonce;
    css.loaded = files(el).then((where) => new Promise((ok, fail) => {
      css.addEventListener('load', ok, { once: true });
      css.addEventListener('error', () => fail(new Error(`could not load ${css.href}`)), { once: true });
      css.href = where.css().href;
    }));
    return css;
  }

  /// Resolves once the page's first contentful paint is on screen (or after
  /// a second, for a tab in the background, which does not paint).
  function afterFirstPaint() {
    return new Promise((ok) => {
      setTimeout(ok, 1000);
      if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return;
      const observer = new PerformanceObserver((list) => {
        if (!list.getEntriesByName('first-contentful-paint').length) return;
        observer.disconnect();
        setTimeout(ok);
      });
      observer.observe({ type: 'paint', buffered: true });
    });
  }

  function report(error) {
    if (reported) return;
    reported = true;
    console.error('login-help: the widget could not load, so a short fallback is shown.', error);
  }

  // No dead taps before hydration (issue 18, part 3). A prerendered widget
  // is painted before its wasm arrives; until it is hydrated the loader
  // listens on the shadow root, records what the visitor taps and types,
  // marks it "loading…", and once hydrated replays it on the live controls,
  // as Angular's and Google's JSAction event replay do. Marks are attributes
  // (aria-busy, data-lh-pending, shown by the stylesheet's ::after) and a
  // status line outside the hydrated markup, so hydration meets the markup
  // it rendered; typed text is set as the input's value property only.
  const PENDING = {
    zh: { tap: '加载中…', typed: '加载中,稍后为你搜索…', status: '登录帮助正在加载,马上显示结果。',
          failed: '暂时无法加载,请拨打 95588' },
    hant: { tap: '載入中…', typed: '載入中,稍後為你搜尋…', status: '登入幫助正在載入,馬上顯示結果。',
            failed: '暫時無法載入,請撥打 95588' },
    en: { tap: 'Loading…', typed: 'Loading… your search runs next', status: 'Login help is loading; your answer follows in a moment.',
          failed: 'Cannot load right now: call 95588' },
  };

  /// What a tap is recorded as: the control, found again after hydration by
  /// a selector if it was rendered anew.
  function tappable(target) {
    const el = target instanceof Element && target.closest('button, input[type=checkbox]');
    if (!el || !el.closest('.lh-mount')) return null;
    // Attribute values quoted as CSS strings (JSON's quoting is a subset).
    const q = JSON.stringify;
    const key = el.id ? `[id=${q(el.id)}]`
      : el.dataset.symptom ? `[data-symptom=${q(el.dataset.symptom)}]`
      : el.closest('.lh-lang') ? `.lh-lang [lang=${q(el.lang)}]`
      : `button[class~=${q([...el.classList].pop() ?? '')}]`;
    return { el, key };
  }

  /// Starts recording taps and typing on a prerendered widget's shadow root.
  /// Returns `stop()`, then `replay()` once hydrated or `failed()`.
  function capture(host, root) {
    const words = PENDING[fallbackLang(host)] ?? PENDING.zh;
    const taps = new Map();
    const marked = new Set();
    let text = null;
    let enter = false;
    let status = null;
    const search = () => root.querySelector('.lh-mount input[type=search]');
    const mark = (el, word) => {
      el.setAttribute('aria-busy', 'true');
      el.dataset.lhPending = word;
      marked.add(el);
      if (status) return;
      status = document.createElement('p');
      status.className = 'lh-visually-hidden lh-pending-status';
      status.setAttribute('role', 'status');
      root.append(status);
      // Filled a moment later, so screen readers announce it.
      setTimeout(() => status && (status.textContent = words.status), 50);
    };
    const typed = (input) => {
      text = input.value;
      mark(input.closest('.lh-search') ?? input, words.typed);
    };
    const listeners = {
      click(e) {
        const tap = tappable(e.target);
        if (!tap) return;
        const { el } = tap;
        if (el.type === 'checkbox') {
          // Ticked natively already: replayed only if hydration undoes it.
          taps.set(el, { ...tap, checked: el.checked });
          mark(el.labels?.[0] ?? el, words.tap);
          return;
        }
        if (taps.has(el)) return; // tapped again while loading: still the one tap
        const pressed = el.getAttribute('aria-pressed');
        if (pressed) {
          // The language switch's buttons exclude each other.
          for (const other of el.closest('.lh-lang')?.querySelectorAll('button') ?? []) {
            taps.delete(other);
            other.setAttribute('aria-pressed', 'false');
          }
          el.setAttribute('aria-pressed', pressed === 'true' ? 'false' : 'true');
        }
        taps.set(el, { ...tap, pressed: pressed && el.getAttribute('aria-pressed') });
        // A language button is too narrow for the word: it goes under the switch.
        mark(el.closest('.lh-lang') ?? el, words.tap);
      },
      input(e) {
        if (e.target === search()) typed(e.target);
      },
      keydown(e) {
        if (e.target === search() && e.key === 'Enter') {
          e.preventDefault();
          enter = true;
        }
      },
    };
    const each = (f) => Object.entries(listeners).forEach(([type, listener]) => f.call(root, type, listener, true));
    each(root.addEventListener);
    // Typed before this script ran: the input kept it.
    if (search()?.value) typed(search());
    const unmark = (word) => {
      for (const el of marked) {
        if (word) el.dataset.lhPending = word;
        else {
          el.removeAttribute('aria-busy');
          delete el.dataset.lhPending;
        }
      }
      if (word && status) status.textContent = word;
      else status?.remove();
    };
    return {
      /// Stops listening, just before hydration (which sets the input's value
      /// from its markup, so what was typed is read now).
      stop() {
        each(root.removeEventListener);
        if (text !== null || search()?.value) text = search().value;
      },
      /// On the hydrated widget: each tapped control clicked once unless the
      /// widget already shows what the visitor asked for, then the typed text
      /// searched, then Enter.
      replay() {
        for (const { el, key, checked, pressed } of taps.values()) {
          const live = el.isConnected ? el : root.querySelector(`.lh-mount ${key}`);
          if (!live) continue;
          if (checked !== undefined && live.checked === checked) continue;
          if (pressed && live.getAttribute('aria-pressed') === pressed) continue;
          live.click();
        }
        unmark();
        const input = search();
        if (text === null || !input) return;
        input.value = text;
        input.setSelectionRange(text.length, text.length);
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
        // Once the answer to the text is rendered.
        if (enter) setTimeout(() => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })));
      },
      /// The app could not load: what was tapped says so, with the hotline.
      failed() {
        each(root.removeEventListener);
        unmark(words.failed);
      },
    };
  }

  // Widgets of removed elements, kept to be reused: a yew app cannot be
  // destroyed without leaving its root's listeners behind, so a page that
  // adds and removes widgets reuses the same few instead.
  const parked = [];
  let widgets = 0;

  class LoginHelpElement extends HTMLElement {
    static [OURS] = true;

    static get observedAttributes() {
      return ['lang', 'symptoms', 'theme', 'sync-url', 'nonce'];
    }

    /// For tests and curious site owners: live widgets, parked ones, wasm memory.
    static get stats() {
      return { widgets, parked: parked.length, wasmBytes: exports?.memory.buffer.byteLength ?? 0 };
    }

    connectedCallback() {
      clearTimeout(this.parking);
      // Kept: a closed root (anti-tamper scripts force mode 'closed') is not
      // this.shadowRoot, and a second attachShadow would throw.
      const root = (this.root ??= this.shadowRoot ?? this.attachShadow({ mode: 'open' }));
      // Prerendered (a declarative shadow root with the widget's markup and
      // styles): the wasm takes over what is already painted.
      const prerendered = !this.widget && !this.fallback && [...root.children].find((c) => c.matches('.lh-mount'));
      if (prerendered) {
        // Its inline styles may be refused by the page's CSP (no hash for
        // them): then the stylesheet comes as a file, like everywhere else.
        const inline = [...root.children].find((c) => c.localName === 'style');
        if (!inline?.sheet) root.prepend(stylesheet(this));
        this.record ??= capture(this, root);
        this.hydrate(prerendered);
        return;
      }
      if (!this.fallback) {
        this.css = stylesheet(this);
        this.fallback = document.createElement('p');
        this.fallback.className = 'lh-fallback';
        this.fallback.setAttribute('part', 'fallback');
        this.fallback.setAttribute('role', 'status');
        guard(this.fallback);
        root.replaceChildren(this.css, this.fallback);
      }
      if (this.widget) {
        // Moved, or back after a removal: the same widget, state and all.
        const index = parked.findIndex((p) => p.widget === this.widget);
        if (index >= 0) {
          parked.splice(index, 1);
          this.widget.resume();
        }
        return;
      }
      showFallback(this.fallback, true);
      say(this.fallback, fallbackLang(this), 'loading');
      const attempt = (this.attempt = {});
      Promise.all([loadApp(this), this.css.loaded])
        .then(([app]) => {
          if (this.attempt !== attempt || !this.isConnected) return;
          this.adopt(app, root);
          showFallback(this.fallback, false);
        })
        .catch((error) => {
          // A file blocked, missing or refused, or a failure while mounting.
          if (this.attempt !== attempt) return;
          showFallback(this.fallback, true);
          if (this.mount) this.mount.hidden = true;
          say(this.fallback, fallbackLang(this), 'failed');
          report(error);
        });
    }

    hydrate(mount) {
      const attempt = (this.attempt = {});
      // The help is painted already: fetch the app once that first frame is
      // out, so the download never competes with it.
      afterFirstPaint()
        .then(() => loadApp(this))
        .then((app) => {
          if (this.attempt !== attempt || !this.isConnected) return;
          this.mount = mount;
          const { record } = this;
          this.record = null;
          record.stop();
          this.widget = app.LoginHelpWidget.hydrate(this, mount, () => queueMicrotask(record.replay));
          widgets += 1;
        })
        .catch((error) => {
          // The prerendered help stays readable, 95588 links included.
          if (this.attempt !== attempt) return;
          this.record?.failed();
          report(error);
        });
    }

    /// Takes a parked widget if there is one, else renders a new one.
    adopt(app, root) {
      const reused = parked.pop();
      if (reused) {
        reused.owner.widget = null;
        reused.owner.mount = null;
        this.widget = reused.widget;
        this.mount = reused.mount;
        this.widget.rehost(this);
      } else {
        this.mount = document.createElement('div');
        this.mount.className = 'lh-mount';
        this.widget = new app.LoginHelpWidget(this, this.mount);
        widgets += 1;
      }
      this.mount.hidden = false;
      root.append(this.mount);
    }

    disconnectedCallback() {
      this.attempt = null;
      if (!this.widget) return;
      // A move (disconnect and connect in the same task) keeps everything;
      // a removal parks the widget once the task is over.
      this.parking = setTimeout(() => {
        this.widget.pause();
        parked.push({ owner: this, widget: this.widget, mount: this.mount });
      });
    }

    attributeChangedCallback(name, before, after) {
      if (before === after) return;
      if (name === 'nonce') return; // read when the stylesheet is created
      this.widget?.attributeChanged(name);
    }
  }

  customElements.define('login-help', LoginHelpElement);
})();
