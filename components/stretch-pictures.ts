// The illustration of each stretch, bundled by Vite as files and looked up by stretch id.
const pictures = import.meta.glob<string>('../assets/stretches/*.svg', {
  eager: true,
  query: '?url',
  import: 'default',
});

export function pictureUrl(stretchId: string): string | undefined {
  return pictures[`../assets/stretches/${stretchId}.svg`];
}
