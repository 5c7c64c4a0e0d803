import { render } from 'preact';

render(<p>Hip Check</p>, document.getElementById('app')!);
