export default defineBackground(() => {
  console.log('hip check background');
});
