/** "Show as code": the view's service call as an aliyun CLI command and a Node.js program, each copyable. */
import { CopyButton } from '../../../components/copy-button';
import { Dialog } from '../../../components/dialog';
import { cliCommand, nodeSnippet } from './as-code';
import { iceCallOf, type ToolsView } from './tools-view';
import { useToolsTexts } from './use-tools-texts';

export function ShowAsCode({ view, onClose }: { view: ToolsView; onClose: () => void }) {
  const texts = useToolsTexts().code;
  const call = iceCallOf(view);
  const cli = cliCommand(call);
  const node = nodeSnippet(call);
  return (
    <Dialog title={texts.title} closeLabel={texts.close} onClose={onClose}>
      <p>{texts.intro}</p>
      <section className="as-code" aria-label={texts.cli}>
        <h3>{texts.cli}</h3>
        <pre>
          <code>{cli}</code>
        </pre>
        <CopyButton text={cli} what={texts.cli} />
        <p className="hint">{texts.cliNote}</p>
      </section>
      <section className="as-code" aria-label={texts.node}>
        <h3>{texts.node}</h3>
        <pre>
          <code>{node}</code>
        </pre>
        <CopyButton text={node} what={texts.node} />
        <p className="hint">{texts.nodeNote}</p>
      </section>
    </Dialog>
  );
}
