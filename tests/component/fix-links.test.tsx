import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FixLinks } from '../../src/ui/fix-links';

describe('FixLinks', () => {
  it('names the file to change when the build names no repository', () => {
    render(<FixLinks what="this node" file="graph-data/nodes/hub/hub.yaml" links={undefined} />);
    expect(screen.getByText('graph-data/nodes/hub/hub.yaml')).toBeInTheDocument();
    expect(screen.getByText(/Edit this node/)).toHaveTextContent(
      'Edit this node: graph-data/nodes/hub/hub.yaml',
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
