// Type declarations for login-help.js, which defines <login-help>.
//
// login-help.js exports nothing at run time: it defines the element. These
// types describe the element, its events and attributes, and add them to the
// DOM's own maps, so `document.querySelector('login-help')` is typed and
// `addEventListener('login-help:change', …)` gets a typed `detail`.
//
// Use: with the npm package, `import 'login-help';` once (it is the
// package's `types`), and `import type { LoginHelpChangeEvent } from
// 'login-help';` where needed. Without it, put this file next to your code
// (or in a folder your tsconfig.json includes), or write
// `import type {} from './login-help.js';` once, and
// `import type { LoginHelpChangeEvent } from './login-help.js';` where needed.
//
// Keep in step with static/login-help.js, src/glue/, static/login-help.css
// and content/*.toml; tests/e2e/manifest.test.mjs checks that they agree.

/** The widget's languages, as reported in events (`lang` also reads `zh`, `zh-Hans`, `zh-TW`, `zh-HK`, `en-GB` …). */
export type LoginHelpLang = 'zh-CN' | 'zh-Hant' | 'en';

/** Values of the `theme` attribute. */
export type LoginHelpTheme = 'light' | 'dark' | 'auto';

/** Symptom ids (content/symptoms.toml, `[[symptom]]` entries). */
export type LoginHelpSymptomId =
  | 'wrong-password'
  | 'forgot-password'
  | 'account-locked'
  | 'account-abnormal'
  | 'wrong-account'
  | 'first-login'
  | 'relogin-permission'
  | 'sms-code-missing'
  | 'sms-code-invalid'
  | 'phone-changed'
  | 'face-login-failed'
  | 'third-party-login'
  | 'network-error'
  | 'slow-response'
  | 'app-outdated-or-crashing'
  | 'browser-problem'
  | 'certificate-warning'
  | 'firewall-proxy'
  | 'maintenance'
  | 'security-risk'
  | 'login-alert';

/** Official contact channel ids (content/channels.toml, `[[channel]]` entries). */
export type LoginHelpChannelId =
  | 'hotline'
  | 'online-service'
  | 'official-feedback'
  | 'branch'
  | 'branch-phone-change'
  | 'outlet-service';

/** The attributes the element observes (`LoginHelpElement.observedAttributes`). */
export type LoginHelpAttributeName = 'lang' | 'symptoms' | 'theme' | 'sync-url' | 'nonce';

/**
 * The element's attributes, for templates and JSX typings. All are plain
 * content attributes: the element adds no properties for them, and it never
 * writes them back (a visitor's choices are reported by `login-help:change`).
 */
export interface LoginHelpAttributes {
  /**
   * The language the widget starts in: `zh-CN`, `zh-Hant` or `en` (other
   * `zh…` / `en…` tags are read too; `zh-TW`, `zh-HK`, `zh-MO` are traditional). Absent or not Chinese/English: the browser's
   * language if Chinese or English, else Chinese. Live: changing it switches
   * the widget. Also the element's global `lang` attribute.
   */
  lang?: LoginHelpLang | (string & {});
  /**
   * Comma-separated symptom ids to preselect, e.g.
   * `"sms-code-missing,account-locked"` (see {@link LoginHelpSymptomId}).
   * Unknown ids are ignored with a console warning. Live.
   */
  symptoms?: string;
  /** `light`, `dark` or `auto` (the default: follows `prefers-color-scheme`). Live. */
  theme?: LoginHelpTheme;
  /**
   * Boolean attribute (presence counts, not the value): keep symptoms, query,
   * a guided diagnosis and language in the URL fragment (`#s=…&q=…&d=…&lang=…`).
   */
  'sync-url'?: boolean | '';
  /**
   * CSP nonce for the widget's stylesheet `<link>` (for `style-src 'nonce-…'`).
   * Absent or empty: the nonce of the `<script>` that loaded login-help.js.
   * Read once, when the element is first connected.
   */
  nonce?: string;
}

/** `detail` of `login-help:change`. */
export interface LoginHelpChangeDetail {
  /** The chosen symptom ids, in the order chosen. */
  symptoms: LoginHelpSymptomId[];
  /** The search text as typed (empty if none). */
  query: string;
  /** The language the widget is shown in. */
  lang: LoginHelpLang;
}

/** `detail` of `login-help:feedback`. */
export interface LoginHelpFeedbackDetail {
  /** The id of the cause on the answer card (content/causes.toml). */
  cause: string;
  /** The visitor's answer to "Did this help?". */
  helped: boolean;
}

/** `detail` of `login-help:contact`. */
export interface LoginHelpContactDetail {
  /** The channel whose link was opened (today only `hotline` has one: the 95588 call links). */
  channel: LoginHelpChannelId;
}

/**
 * After each change of the chosen symptoms, the query or the language (not
 * for the initial state). Dispatched on the element; bubbles and is composed.
 */
export type LoginHelpChangeEvent = CustomEvent<LoginHelpChangeDetail>;

/**
 * When the visitor opens an official channel's link. Dispatched on the
 * element; bubbles and is composed.
 */
export type LoginHelpContactEvent = CustomEvent<LoginHelpContactDetail>;

/**
 * When the visitor answers "Did this help?" on the answer card, for the
 * host's own analytics (the widget sends nothing anywhere). Dispatched on the
 * element; bubbles and is composed.
 */
export type LoginHelpFeedbackEvent = CustomEvent<LoginHelpFeedbackDetail>;

/** What `LoginHelpElement.stats` returns (a fresh object on each read). */
export interface LoginHelpStats {
  /** Widgets rendered so far on this page (a removed element's widget is reused, not destroyed). */
  widgets: number;
  /** Widgets of removed elements, waiting to be reused. */
  parked: number;
  /** Size of the wasm memory in bytes; 0 before the wasm has loaded. */
  wasmBytes: number;
}

/**
 * `<login-help>`: help for people who cannot log in to ICBC online or mobile
 * banking, rendered in its own open shadow root.
 *
 * It adds no instance properties or methods to those of `HTMLElement`;
 * configure it with attributes (see {@link LoginHelpAttributes}). Its class is
 * not exported by login-help.js: get it with
 * `customElements.get('login-help') as typeof LoginHelpElement | undefined`.
 *
 * Text written inside `<login-help>…</login-help>` is shown only until the
 * script takes over (the light DOM is not rendered once the shadow root is
 * attached): keep it a short message with a `tel:95588` link.
 *
 * @attr lang - `zh-CN` or `en`; default: the browser's language, else Chinese.
 * @attr symptoms - Comma-separated symptom ids to preselect.
 * @attr theme - `light`, `dark` or `auto` (default).
 * @attr sync-url - Boolean: keep the state in the URL fragment.
 * @attr nonce - CSP nonce for the widget's stylesheet; default: the loader script's nonce.
 *
 * @fires login-help:change - {@link LoginHelpChangeEvent}
 * @fires login-help:contact - {@link LoginHelpContactEvent}
 * @fires login-help:feedback - {@link LoginHelpFeedbackEvent}
 *
 * @cssprop --login-help-accent - Accent colour (default `#c7000b`; dark theme `#ff8a80`).
 * @cssprop --login-help-font - Font family (default: system UI, then Chinese fonts).
 * @cssprop --login-help-radius - Corner radius (default `10px`).
 * @cssprop --login-help-font-size - Base font size (default `16px`).
 *
 * @csspart widget - The whole widget once rendered.
 * @csspart header - Title, introduction, language switch.
 * @csspart search - The search region.
 * @csspart common-symptoms - One-tap common problems.
 * @csspart answer - The answer card.
 * @csspart guide - The guided diagnosis.
 * @csspart symptoms - The symptom picker.
 * @csspart results - The results column.
 * @csspart causes - Likely causes.
 * @csspart faq - Questions and answers.
 * @csspart stories - Real cases.
 * @csspart steps - Step-by-step checklist.
 * @csspart tips - Prevention tips.
 * @csspart contacts - Official contact channels.
 * @csspart notice - The safety notice.
 * @csspart call-bar - The 95588 bar on narrow widgets.
 * @csspart fallback - The loading / could-not-load message with the 95588 link.
 */
declare class LoginHelpElement extends HTMLElement {
  /** The attributes whose changes the element follows. */
  static get observedAttributes(): LoginHelpAttributeName[];
  /** For tests and curious site owners: live widgets, parked ones, wasm memory. */
  static get stats(): LoginHelpStats;
}

// Type-only: login-help.js does not export the class, so it cannot be
// imported as a value. (An export list also stops a declaration file from
// exporting the `declare class` above implicitly.)
export type { LoginHelpElement };

/** The element's class, as returned by `customElements.get('login-help')`. */
export type LoginHelpElementConstructor = typeof LoginHelpElement;

declare global {
  interface HTMLElementTagNameMap {
    'login-help': LoginHelpElement;
  }
  interface HTMLElementEventMap {
    'login-help:change': LoginHelpChangeEvent;
    'login-help:contact': LoginHelpContactEvent;
    'login-help:feedback': LoginHelpFeedbackEvent;
  }
  interface DocumentEventMap {
    'login-help:change': LoginHelpChangeEvent;
    'login-help:contact': LoginHelpContactEvent;
    'login-help:feedback': LoginHelpFeedbackEvent;
  }
  interface WindowEventMap {
    'login-help:change': LoginHelpChangeEvent;
    'login-help:contact': LoginHelpContactEvent;
    'login-help:feedback': LoginHelpFeedbackEvent;
  }
}
