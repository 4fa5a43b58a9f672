extension MarkdownNode {
    func append(_ child: MarkdownNode) {
        child.parent = self
        child.next = nil
        child.previous = lastChild
        if let last = lastChild { last.next = child } else { firstChild = child }
        lastChild = child
    }

    func insertAfter(_ sibling: MarkdownNode) {
        sibling.parent = parent
        sibling.previous = self
        sibling.next = next
        if let next { next.previous = sibling } else { parent?.lastChild = sibling }
        next = sibling
    }

    func insertBefore(_ sibling: MarkdownNode) {
        sibling.parent = parent
        sibling.next = self
        sibling.previous = previous
        if let previous { previous.next = sibling } else { parent?.firstChild = sibling }
        previous = sibling
    }

    func unlink() {
        if let previous { previous.next = next } else { parent?.firstChild = next }
        if let next { next.previous = previous } else { parent?.lastChild = previous }
        parent = nil
        next = nil
        previous = nil
    }

    /// Moves the siblings after `self` up to (not including) `end` into `container`.
    func moveFollowingSiblings(upTo end: MarkdownNode?, into container: MarkdownNode) {
        var current = next
        while let node = current, node !== end {
            current = node.next
            node.unlink()
            container.append(node)
        }
    }
}
