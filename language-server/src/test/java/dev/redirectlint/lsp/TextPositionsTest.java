package dev.redirectlint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

/** Offsets and LSP positions, both ways, for the line endings and characters editors send. */
class TextPositionsTest {

    @Test
    void everyLineEndingStartsALine() {
        TextPositions positions = new TextPositions("a\nbc\r\nd\re");

        assertThat(positions.position(2)).isEqualTo(new Position(1, 0));
        assertThat(positions.position(6)).isEqualTo(new Position(2, 0));
        assertThat(positions.position(8)).isEqualTo(new Position(3, 0));
        assertThat(positions.offset(new Position(1, 1))).isEqualTo(3);
        assertThat(positions.offset(new Position(3, 0))).isEqualTo(8);
    }

    @Test
    void aColumnPastTheEndOfALineIsItsEndAndALinePastTheEndIsTheTextsEnd() {
        TextPositions positions = new TextPositions("ab\r\ncd");

        assertThat(positions.offset(new Position(0, 99))).isEqualTo(2);
        assertThat(positions.offset(new Position(7, 0))).isEqualTo(6);
    }

    @Test
    void charactersOutsideTheBasicPlaneCountTwoUnitsAsInUtf16() {
        TextPositions positions = new TextPositions("s = \"\uD83D\uDE00\"; x");

        assertThat(positions.position(8)).isEqualTo(new Position(0, 8));
        assertThat(positions.offset(new Position(0, 9))).isEqualTo(9);
    }

    @Test
    void aByteOrderMarkTakesNoColumnOnTheFirstLine() {
        TextPositions positions = new TextPositions("\uFEFFclass A {}\nx");

        assertThat(positions.position(1)).isEqualTo(new Position(0, 0));
        assertThat(positions.position(7)).isEqualTo(new Position(0, 6));
        assertThat(positions.offset(new Position(0, 6))).isEqualTo(7);
        assertThat(positions.position(12)).isEqualTo(new Position(1, 0));
    }
}
