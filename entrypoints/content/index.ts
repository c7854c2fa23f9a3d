export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    // Wired in issue 4: scan, highlight, popover.
  },
});
