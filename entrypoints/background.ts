export default defineBackground(() => {
  // Wired in issue 3: owns the database and answers messages.
});
