/** Share links on the page (loaded with the link codec). share-ja.ts has exactly the same keys. */
export const shareEn = {
  'link.copied': 'Link copied to the clipboard.',
  'link.copiedWithout':
    'Link copied. Left out because they look like credentials: {fields}. Use CI/CD variables for secrets.',
  'link.tooLarge':
    'This configuration is too large for a link; the copied link would not open. Download the file instead.',
  'link.copyFailed': 'The link could not be copied. Copy it from the address bar instead.',

  'link.restore.title': 'You opened a shared link',
  'link.restore.body': 'The form shows the link’s configuration. Your previous work was kept.',
  'link.restore.button': 'Restore my previous work',
  'link.restore.done': 'Your previous work is back in the form.',
  'link.dismiss': 'Dismiss',
  framed: 'Shown inside another site: Copy and Fix do nothing here. Open kanikoconfig in its own tab.',
  'saved.without':
    'Your saved work is back, without the values that looked like credentials: {fields}. This browser never keeps them; use CI/CD variables for secrets.',

  'link.bad.title': 'This link could not be opened as it is',
  'link.bad.kept': 'Your form is unchanged.',
  'link.bad.received': 'Received:',
  'link.bad.dropped': 'Could not be read: {fields}.',
  'link.bad.partial':
    'Some fields could be read. You can replace your form with them (everything else takes its default).',
  'link.bad.usePartial': 'Use what could be read',
  'link.bad.keep': 'Keep my current work',
  'link.bad.used': 'The values that could be read from the link are now in the form.',

  'link.reason.empty': 'The link holds no configuration: there is nothing after “#”.',
  'link.reason.too-long': 'The link is far too long to be a configuration.',
  'link.reason.no-version':
    'This is not a kanikoconfig link: it should start with “#2.” (“#1.” when made by an older version) followed by letters and digits.',
  'link.reason.unknown-version': 'No version of kanikoconfig ever made a link with this number.',
  'link.reason.bad-character':
    'The link contains a character that cannot be part of it; it may have been edited or changed on the way.',
  'link.reason.truncated': 'The link is cut off: its end is missing. Copy the whole link again.',
  'link.reason.corrupt': 'The link is damaged: its data cannot be unpacked.',
  'link.reason.checksum':
    'The link is damaged: its checksum does not match, so some values may have changed.',
  'link.reason.too-large': 'The link unpacks to far more data than any configuration needs.',
  'link.reason.not-json': 'The link’s content is not readable; it was probably edited or damaged.',
  'link.reason.not-object': 'The link’s content is not a configuration.',
  'link.reason.too-deep': 'The link’s content is nested far deeper than any configuration.',
  'link.reason.future-link':
    'The link was made by a newer kanikoconfig. Open it on the current site, or update kanikoconfig.',
  'link.reason.future-config':
    'The link holds a configuration from a newer kanikoconfig. Open it on the current site, or update kanikoconfig.',
  'link.reason.invalid-fields': 'Some values in the link are not valid.',
  'link.reason.refused-characters':
    'Some values hold characters GitLab reads as line breaks (which can hide commands) or refuses.',
  'link.bad.characters': 'Characters found: {list}.',
  'link.reason.internal': 'The link could not be read because of an error in kanikoconfig.',

  'credential.label': 'Warning',
  'credential.url-userinfo':
    'This looks like a user name and password in a URL. It is never put in a share link; use a CI/CD variable such as $PROXY_PASSWORD instead.',
  'credential.private-key':
    'This contains a private key. It is never put in a share link; keep private keys in a CI/CD file variable.',
  'credential.token':
    'This looks like a password, token or key. It is never put in a share link; use a masked CI/CD variable instead.',
} as const

export type ShareMessageKey = keyof typeof shareEn
