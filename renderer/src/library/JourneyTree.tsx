import { CornerDownRight, Map as MapIcon, Repeat } from 'lucide-react';
import type { JourneyId } from '../domain/ids';
import type { HierarchyNode } from '../domain/links';
import { useTranslation } from '../i18n';
import { shownTitle } from './shown-title';

/** The mark before a title: a loop for a journey linked back to, a map for a top journey, else an arrow from its parent. */
function ItemIcon({ node, root }: { node: HierarchyNode; root: boolean }) {
  if (node.repeated) return <Repeat size={14} aria-hidden />;
  return root ? <MapIcon size={14} aria-hidden /> : <CornerDownRight size={14} aria-hidden />;
}

function TreeItem({ node, root, onOpen }: { node: HierarchyNode; root: boolean; onOpen: (id: JourneyId) => void }) {
  const { journey } = node;
  const { t } = useTranslation();
  return (
    <li role="treeitem" aria-expanded={node.children.length ? true : undefined} data-journey-id={journey.id}>
      <button
        type="button"
        className="tree-open"
        onClick={() => onOpen(journey.id)}
        title={node.repeated ? t('library.treeRepeatedTitle') : t('library.treeOpen')}
      >
        <ItemIcon node={node} root={root} />
        <bdi>{shownTitle(journey.title)}</bdi>
        {node.repeated && <span className="muted"> {t('library.treeLinkedBack')}</span>}
      </button>
      {node.children.length > 0 && (
        <ul role="group">
          {node.children.map((child) => (
            <TreeItem key={child.journey.id} node={child} root={false} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The library as a tree: each journey under the journeys whose stages or touchpoints open it. */
export function JourneyTree(props: { roots: HierarchyNode[]; onOpen: (id: JourneyId) => void }) {
  const { t } = useTranslation();
  return (
    <ul className="journey-tree" role="tree" aria-label={t('library.treeLabel')}>
      {props.roots.map((node) => (
        <TreeItem key={node.journey.id} node={node} root onOpen={props.onOpen} />
      ))}
    </ul>
  );
}
